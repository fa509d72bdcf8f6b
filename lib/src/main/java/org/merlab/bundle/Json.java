package org.merlab.bundle;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reading the bundle's JSON files field by field, each failure a {@link BundleException} naming the field. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new BundleException("missing field '" + name + "'");
        }
        return value;
    }

    static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw new BundleException("field '" + name + "' must be text, got " + value);
        }
        return value.asText();
    }

    static double number(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isNumber()) {
            throw new BundleException("field '" + name + "' must be a number, got " + value);
        }
        return value.asDouble();
    }

    static int integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new BundleException("field '" + name + "' must be an integer, got " + value);
        }
        return value.asInt();
    }

    static double[] numbers(JsonNode node, String name) {
        JsonNode value = array(node, name);
        double[] out = new double[value.size()];
        for (int i = 0; i < out.length; i++) {
            if (!value.get(i).isNumber()) {
                throw new BundleException("entry " + i + " of '" + name + "' must be a number, got " + value.get(i));
            }
            out[i] = value.get(i).asDouble();
        }
        return out;
    }

    static List<String> strings(JsonNode node, String name) {
        JsonNode value = array(node, name);
        List<String> out = new ArrayList<>();
        for (JsonNode v : value) {
            if (!v.isTextual()) {
                throw new BundleException("entries of '" + name + "' must be text, got " + v);
            }
            out.add(v.asText());
        }
        return out;
    }

    static JsonNode array(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isArray()) {
            throw new BundleException("field '" + name + "' must be an array, got " + value);
        }
        return value;
    }
}

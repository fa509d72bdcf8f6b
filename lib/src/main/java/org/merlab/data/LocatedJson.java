package org.merlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * A JSON file read whole into values that remember their line, so a loader can report a bad annotation as
 * {@code file:line: reason} (see {@link DatasetException}). NaN and Infinity literals are accepted (Python's
 * {@code json.dump} writes them) and come back as numbers for the loader to reject by name.
 */
final class LocatedJson {

    /** A JSON value and the 1-based line it starts on. */
    sealed interface Value permits Obj, Arr, Num, Str, Bool, Null {
        int line();
    }

    record Obj(Map<String, Value> fields, int line) implements Value {
    }

    record Arr(List<Value> items, int line) implements Value {
    }

    record Num(double value, int line) implements Value {
    }

    record Str(String value, int line) implements Value {
    }

    record Bool(boolean value, int line) implements Value {
    }

    record Null(int line) implements Value {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private LocatedJson() {
    }

    /** Parses {@code file}; a syntax error or unreadable file is a {@link DatasetException} naming file and line. */
    static Value read(Path file) {
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            return top(p, file);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read (" + e + ")", e);
        }
    }

    /** Parses JSON text that came from {@code file} (lines count from the text's start). */
    static Value parse(String json, Path file) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return top(p, file);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot parse (" + e + ")", e);
        }
    }

    private static Value top(JsonParser p, Path file) throws IOException {
        try {
            if (p.nextToken() == null) {
                throw new DatasetException(file, 1, "empty JSON");
            }
            return value(p);
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new DatasetException(file, e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Value value(JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Value> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, value(p));
                }
                yield new Obj(fields, line);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                yield new Arr(items, line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(p.getDoubleValue(), line);
            case VALUE_STRING -> new Str(p.getText(), line);
            case VALUE_TRUE, VALUE_FALSE -> new Bool(t == JsonToken.VALUE_TRUE, line);
            case VALUE_NULL -> new Null(line);
            default -> throw new IOException("unexpected token " + t + " on line " + line);
        };
    }
}

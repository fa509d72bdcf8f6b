package org.merlab.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.merlab.report.Fingerprint;
import org.merlab.text.TextEncoder;
import org.merlab.text.TextException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The recipe of kind {@value #KIND}: a text normalised, tokenised and mapped to ids by the {@link TextEncoder}
 * fitted on the training split (vocabulary and maximum length, kept as {@value #ENCODER} in the bundle, in the text
 * stage's own versioned JSON), padded to the maximum length with a mask, then one softmax over the labels per text.
 * The text study's BiLSTM and Transformer are this kind.
 *
 * @param encoder      the training split's vocabulary and maximum length
 * @param architecture {@code lstm} or {@code transformer}, for people (the network file knows its own layers)
 */
public record TextRecipe(TextEncoder encoder, String architecture) implements Recipe {

    public static final String KIND = "text-classifier";
    /** The bundle file that holds the encoder. */
    public static final String ENCODER = "text-encoder.json";
    /** The architectures the text study trains. */
    public static final List<String> ARCHITECTURES = List.of("lstm", "transformer");

    public TextRecipe {
        if (!ARCHITECTURES.contains(architecture)) {
            throw new BundleException("text architecture '" + architecture + "' is unknown; this merlab trains "
                    + ARCHITECTURES);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("architecture", architecture);
        node.put("encoder", ENCODER);
        node.put("encoderSha256", Fingerprint.ofBytes(encoder.toBytes()));
        node.put("normalizer", TextEncoder.NORMALIZER);
        node.put("vocabularySize", encoder.vocabulary().size());
        node.put("maxLength", encoder.maxLength());
        return node;
    }

    @Override
    public Map<String, byte[]> files() {
        return Map.of(ENCODER, encoder.toBytes());
    }

    static TextRecipe fromJson(JsonNode node, Map<String, byte[]> files, String source) {
        try {
            String file = Json.text(node, "encoder");
            byte[] bytes = ModelBundle.checked(files, "text encoder", file, Json.text(node, "encoderSha256"));
            TextEncoder encoder = TextEncoder.fromBytes(bytes, Path.of(source, file));
            int maxLength = Json.integer(node, "maxLength");
            if (maxLength != encoder.maxLength()) {
                throw new BundleException("the manifest says maxLength " + maxLength + ", the encoder "
                        + encoder.maxLength());
            }
            return new TextRecipe(encoder, Json.text(node, "architecture"));
        } catch (TextException | BundleException e) {
            throw new BundleException(source + ": " + e.getMessage(), e);
        }
    }

    /** One line, e.g. {@code text, vocabulary of 5000 words, at most 40 tokens, lstm}. */
    @Override
    public String describe() {
        return String.format(Locale.ROOT, "text (normaliser %s), vocabulary of %d ids with <pad> and <unk>, at most"
                + " %d tokens, %s network", TextEncoder.NORMALIZER, encoder.vocabulary().size(), encoder.maxLength(),
                architecture);
    }
}

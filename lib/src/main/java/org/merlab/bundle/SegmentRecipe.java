package org.merlab.bundle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.merlab.audio.Audio;
import org.merlab.features.FixedSegments;
import org.merlab.features.PaperFeatures;
import org.merlab.prep.StandardScaler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The recipe of kind {@value #KIND}: audio decoded at {@code sampleRate}, cut into segments of the length fixed at
 * training ({@link FixedSegments}), the paper's 28 features per segment ({@link PaperFeatures}, identified by its
 * {@link PaperFeatures#SIGNATURE}), standardised with the training rows' statistics, then one softmax over the labels
 * per segment. The paper's CNN-LSTM is this kind; so is any network that classifies one feature vector per segment.
 *
 * @param features   signature of the feature recipe; only {@link PaperFeatures#SIGNATURE} can be computed
 * @param sampleRate rate the audio is resampled to, in Hz
 * @param segments   segment length and hop in seconds
 * @param scaler     the training rows' means and scales, one per feature
 */
public record SegmentRecipe(String features, int sampleRate, FixedSegments segments, StandardScaler scaler)
        implements Recipe {

    public static final String KIND = "segment-classifier";

    public SegmentRecipe {
        if (!PaperFeatures.SIGNATURE.equals(features)) {
            throw new BundleException("feature recipe '" + features + "' cannot be computed by this merlab; it"
                    + " computes '" + PaperFeatures.SIGNATURE + "'");
        }
        if (sampleRate != Audio.DEFAULT_SR) {
            throw new BundleException("the paper features are defined at " + Audio.DEFAULT_SR
                    + " Hz, the recipe asks for " + sampleRate + " Hz");
        }
        if (scaler.mean().length != PaperFeatures.SIZE) {
            throw new BundleException("the scaler has " + scaler.mean().length + " features, the recipe computes "
                    + PaperFeatures.SIZE);
        }
    }

    /** The paper features at 22050 Hz in {@code segments}, scaled by {@code scaler}. */
    public static SegmentRecipe paper(FixedSegments segments, StandardScaler scaler) {
        return new SegmentRecipe(PaperFeatures.SIGNATURE, Audio.DEFAULT_SR, segments, scaler);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The feature names, in the order the scaler and the network take them. */
    public List<String> featureNames() {
        return PaperFeatures.COLUMNS;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("features", features);
        node.put("sampleRate", sampleRate);
        node.put("segmentSeconds", segments.segmentSeconds());
        node.put("hopSeconds", segments.hopSeconds());
        node.set("featureNames", array(featureNames()));
        ObjectNode scale = node.putObject("scaler");
        scale.set("mean", array(scaler.mean()));
        scale.set("scale", array(scaler.scale()));
        return node;
    }

    static SegmentRecipe fromJson(JsonNode node, String source) {
        try {
            FixedSegments segments = new FixedSegments(Json.number(node, "segmentSeconds"),
                    Json.number(node, "hopSeconds"));
            JsonNode scale = Json.field(node, "scaler");
            StandardScaler scaler = new StandardScaler(Json.numbers(scale, "mean"),
                    Json.numbers(scale, "scale"));
            if (Arrays.stream(scaler.scale()).anyMatch(s -> !(s > 0) || Double.isInfinite(s))) {
                throw new BundleException("every scale must be positive and finite");
            }
            return new SegmentRecipe(Json.text(node, "features"), (int) Json.number(node, "sampleRate"), segments,
                    scaler);
        } catch (IllegalArgumentException | BundleException e) {
            throw new BundleException(source + ": " + e.getMessage(), e);
        }
    }

    /** One line, e.g. {@code 3.0 s segments (hop 3.0 s) at 22050 Hz, paper-features/1 ...}. */
    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s s segments (hop %s s) at %d Hz, %s", segments.segmentSeconds(),
                segments.hopSeconds(), sampleRate, features);
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static ArrayNode array(double[] values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(values).forEach(a::add);
        return a;
    }
}

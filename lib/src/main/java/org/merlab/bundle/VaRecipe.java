package org.merlab.bundle;

import java.util.Arrays;
import java.util.Locale;

import org.merlab.audio.Audio;
import org.merlab.data.VaFeatures;
import org.merlab.prep.StandardScaler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The recipe of kind {@value #KIND}: audio decoded at 22050 Hz, cut into steps of {@code stepSeconds}, the
 * valence/arousal study's input per step ({@link VaFeatures#logMel}: {@code nMels}-band log-mel in dB averaged over
 * the step), standardised per band with the training steps' statistics, fed to a sequence network in consecutive
 * windows of at most {@code window} steps (as it trained; 0 = the whole track at once), which gives valence and
 * arousal per step.
 *
 * @param features    {@link VaFeatures#RECIPE}, the only log-mel recipe this code computes
 * @param nMels       mel bands
 * @param stepSeconds the step length in seconds
 * @param window      steps per window, 0 or at least 2
 * @param scaler      per-band means and scales of the training steps
 * @param model       the study's model name (e.g. {@code lstm-joint}), for people
 */
public record VaRecipe(String features, int nMels, double stepSeconds, int window, StandardScaler scaler,
                       String model) implements Recipe {

    public static final String KIND = "valence-arousal";

    public VaRecipe {
        if (!VaFeatures.RECIPE.equals(features)) {
            throw new BundleException("log-mel recipe '" + features + "' cannot be computed by this merlab; it"
                    + " computes '" + VaFeatures.RECIPE + "'");
        }
        if (nMels < 1 || scaler.mean().length != nMels) {
            throw new BundleException("the scaler has " + scaler.mean().length + " bands for nMels " + nMels);
        }
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new BundleException("stepSeconds must be a positive number, got " + stepSeconds);
        }
        if (window < 0 || window == 1) {
            throw new BundleException("window must be 0 (whole tracks) or at least 2 steps, got " + window);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The sample rate the features are defined at. */
    public int sampleRate() {
        return Audio.DEFAULT_SR;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("features", features);
        node.put("sampleRate", sampleRate());
        node.put("nMels", nMels);
        node.put("stepSeconds", stepSeconds);
        node.put("window", window);
        node.put("model", model);
        ObjectNode scale = node.putObject("scaler");
        Arrays.stream(scaler.mean()).forEach(scale.putArray("mean")::add);
        Arrays.stream(scaler.scale()).forEach(scale.putArray("scale")::add);
        return node;
    }

    static VaRecipe fromJson(JsonNode node, String source) {
        try {
            if (Json.integer(node, "sampleRate") != Audio.DEFAULT_SR) {
                throw new BundleException("the log-mel inputs are defined at " + Audio.DEFAULT_SR + " Hz, the"
                        + " recipe asks for " + Json.integer(node, "sampleRate") + " Hz");
            }
            JsonNode scale = Json.field(node, "scaler");
            StandardScaler scaler = new StandardScaler(Json.numbers(scale, "mean"), Json.numbers(scale, "scale"));
            if (Arrays.stream(scaler.scale()).anyMatch(s -> !(s > 0) || Double.isInfinite(s))) {
                throw new BundleException("every scale must be positive and finite");
            }
            return new VaRecipe(Json.text(node, "features"), Json.integer(node, "nMels"),
                    Json.number(node, "stepSeconds"), Json.integer(node, "window"), scaler, Json.text(node, "model"));
        } catch (IllegalArgumentException | BundleException e) {
            throw new BundleException(source + ": " + e.getMessage(), e);
        }
    }

    /** One line, e.g. {@code 2.0 s steps at 22050 Hz, 128-band log-mel (va-log-mel/1 ...), windows of 32 steps}. */
    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s s steps at %d Hz, %d-band log-mel (%s) standardised per band, %s,"
                        + " %s network", stepSeconds, sampleRate(), nMels, features,
                window == 0 ? "whole tracks" : "windows of up to " + window + " steps", model);
    }
}

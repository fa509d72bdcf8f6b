package org.merlab.bundle;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a bundle's kind of model turns raw input into the network's input, and what its outputs mean. One record per
 * kind, so a new kind (a text classifier with its vocabulary, a valence/arousal regressor with per-step outputs, a
 * multitask graph) is a new record in {@code permits} and a new case in {@link #fromJson}, with a predictor of its own;
 * the bundle's files, format version, card and provenance stay as they are.
 */
public sealed interface Recipe permits SegmentRecipe, TextRecipe, VaRecipe {

    /** The kind's name in {@code bundle.json}, e.g. {@value SegmentRecipe#KIND}. */
    String kind();

    /** The recipe as the {@code recipe} object of {@code bundle.json}. */
    ObjectNode toJson();

    /** Files the recipe keeps beside {@code bundle.json}, by name (none by default). */
    default Map<String, byte[]> files() {
        return Map.of();
    }

    /** The recipe in one line, as the model card shows it. */
    String describe();

    /**
     * The recipe of a bundle of {@code kind}, checked against what this code can compute.
     *
     * @param files  the bundle's files, by name
     * @param source the bundle, for error messages
     * @throws BundleException if the kind is unknown or the recipe cannot be computed here
     */
    static Recipe fromJson(String kind, JsonNode recipe, Map<String, byte[]> files, String source) {
        return switch (kind) {
            case SegmentRecipe.KIND -> SegmentRecipe.fromJson(recipe, source);
            case TextRecipe.KIND -> TextRecipe.fromJson(recipe, files, source);
            case VaRecipe.KIND -> VaRecipe.fromJson(recipe, source);
            default -> throw new BundleException(source + ": unknown model kind '" + kind
                    + "'; this merlab reads: " + String.join(", ", SegmentRecipe.KIND, TextRecipe.KIND,
                    VaRecipe.KIND));
        };
    }
}

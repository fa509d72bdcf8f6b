package org.merlab.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The six labels of the dair-ai "emotion" corpus (Saravia et al. 2018, CARER, EMNLP), in the integer-id order of its
 * Hugging Face release: 0 sadness, 1 joy, 2 love, 3 anger, 4 fear, 5 surprise ({@link #ordinal()}).
 */
public enum TextEmotion {
    SADNESS, JOY, LOVE, ANGER, FEAR, SURPRISE;

    /** The label as the split files spell it, e.g. {@code surprise}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label spelled {@code label}, if any. */
    public static Optional<TextEmotion> parse(String label) {
        return Labels.find(values(), TextEmotion::label, label);
    }
}

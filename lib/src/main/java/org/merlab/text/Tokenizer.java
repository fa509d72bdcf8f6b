package org.merlab.text;

import java.util.List;

/** Word tokens: the {@link Normalizer normalised} text split at its single spaces. */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The words of {@code text} in order; empty if it holds no letter or digit. */
    public static List<String> words(String text) {
        String normalized = Normalizer.normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }
}

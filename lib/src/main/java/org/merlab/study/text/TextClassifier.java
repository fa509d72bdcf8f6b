package org.merlab.study.text;

import java.util.List;

/** A trained text model as a map from texts to class probabilities {@code [texts][6]}. */
@FunctionalInterface
public interface TextClassifier {

    /**
     * @throws org.merlab.text.TextException if a text has no word to read (empty, blank, punctuation only)
     */
    double[][] probabilities(List<String> texts);
}

package org.merlab.bundle;

import java.util.List;

import org.merlab.text.TextEncoder;
import org.merlab.train.Examples;
import org.merlab.train.Trainer;

/**
 * The predictor of a {@value TextRecipe#KIND} bundle: texts encoded by the bundle's {@link TextEncoder} (the text
 * study's path: {@code encodeAll}, then {@link Examples#tokens} padded to the maximum length) and run through the
 * network; one probability per label per text. Like {@link SegmentClassifier}, identical numbers need the same
 * backend and batch layout.
 */
public final class TextPredictor {

    private final ModelBundle bundle;
    private final TextRecipe recipe;

    private TextPredictor(ModelBundle bundle, TextRecipe recipe) {
        this.bundle = bundle;
        this.recipe = recipe;
    }

    /**
     * The predictor of {@code bundle}.
     *
     * @throws BundleException if the bundle is of another kind
     */
    public static TextPredictor of(ModelBundle bundle) {
        if (!(bundle.recipe() instanceof TextRecipe recipe)) {
            throw new BundleException("a " + bundle.kind() + " bundle takes audio, not text");
        }
        return new TextPredictor(bundle, recipe);
    }

    public ModelBundle bundle() {
        return bundle;
    }

    /**
     * Label probabilities {@code [texts][labels]}.
     *
     * @throws org.merlab.text.TextException naming the text if one has no word to read (empty, blank, punctuation)
     */
    public double[][] probabilities(List<String> texts) {
        if (texts.isEmpty()) {
            return new double[0][];
        }
        TextEncoder encoder = recipe.encoder();
        return Trainer.predict(bundle.network(), Examples.tokens(encoder.encodeAll(texts), null,
                bundle.labels().size(), encoder.maxLength()));
    }
}

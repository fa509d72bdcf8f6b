package org.merlab.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.merlab.audio.Audio;
import org.merlab.audio.AudioSignal;
import org.merlab.data.VaFeatures;
import org.merlab.train.Examples;
import org.merlab.train.Trainer;

/**
 * The predictor of a {@value VaRecipe#KIND} bundle: decode a file of any length at 22050 Hz, cut it into steps of
 * the recipe's length (a tail of at least half a step is one more, shorter step; a file shorter than one step is one
 * step, with a warning), compute the per-step log-mel ({@link VaFeatures#logMel}), standardise it with the training
 * statistics, run the network over consecutive windows of the trained size and join their outputs; the track summary
 * is the mean over steps. Identical numbers need the same backend and batch layout, as for {@link SegmentClassifier}.
 */
public final class VaPredictor {

    private final ModelBundle bundle;
    private final VaRecipe recipe;

    private VaPredictor(ModelBundle bundle, VaRecipe recipe) {
        this.bundle = bundle;
        this.recipe = recipe;
    }

    /**
     * The predictor of {@code bundle}.
     *
     * @throws BundleException if the bundle is of another kind
     */
    public static VaPredictor of(ModelBundle bundle) {
        if (!(bundle.recipe() instanceof VaRecipe recipe)) {
            throw new BundleException("a " + bundle.kind() + " bundle has no valence/arousal predictor");
        }
        return new VaPredictor(bundle, recipe);
    }

    public ModelBundle bundle() {
        return bundle;
    }

    /**
     * Per-step values {@code [steps][targets]} of raw (unscaled) per-step log-mel {@code [steps][nMels]}.
     */
    public double[][] values(float[][] logMel) {
        int window = recipe.window() == 0 ? logMel.length : recipe.window();
        int windows = (logMel.length + window - 1) / window;
        float[][][] x = new float[windows][][];
        for (int w = 0; w < windows; w++) {
            int from = w * window;
            int to = Math.min(logMel.length, from + window);
            double[][] raw = new double[to - from][];
            for (int t = from; t < to; t++) {
                raw[t - from] = new double[logMel[t].length];
                for (int j = 0; j < logMel[t].length; j++) {
                    raw[t - from][j] = logMel[t][j];
                }
            }
            double[][] z = recipe.scaler().transform(raw);
            x[w] = new float[z.length][];
            for (int t = 0; t < z.length; t++) {
                x[w][t] = new float[z[t].length];
                for (int j = 0; j < z[t].length; j++) {
                    x[w][t][j] = (float) z[t][j];
                }
            }
        }
        float[][][] out = Trainer.predictSequences(bundle.network(), Examples.sequences(x, null));
        double[][] values = new double[logMel.length][];
        for (int w = 0; w < windows; w++) {
            for (int t = 0; t < out[w].length; t++) {
                double[] v = new double[out[w][t].length];
                for (int o = 0; o < v.length; o++) {
                    v[o] = out[w][t][o];
                }
                values[w * window + t] = v;
            }
        }
        return values;
    }

    /**
     * Valence and arousal per step of one audio file.
     *
     * @throws org.merlab.audio.AudioException if the file cannot be decoded
     * @throws org.merlab.features.ParameterException if it is too short for even one STFT frame
     */
    public VaTimeline predict(Path file) {
        long start = System.nanoTime();
        AudioSignal signal = Audio.load(file, recipe.sampleRate(), 0, 0);
        long decoded = System.nanoTime();
        double seconds = signal.durationSeconds();
        double[] b = VaFeatures.fixedSteps(seconds, recipe.stepSeconds());
        float[][] logMel = VaFeatures.logMel(signal.samples(), b, recipe.nMels());
        long featured = System.nanoTime();
        double[][] v = values(logMel);
        long predicted = System.nanoTime();
        List<VaTimeline.Step> steps = new ArrayList<>();
        double[] mean = new double[bundle.labels().size()];
        for (int i = 0; i < v.length; i++) {
            steps.add(new VaTimeline.Step(b[i], b[i + 1], v[i]));
            for (int o = 0; o < mean.length; o++) {
                mean[o] += v[i][o] / v.length;
            }
        }
        List<String> warnings = new ArrayList<>();
        if (seconds < recipe.stepSeconds()) {
            warnings.add(String.format(Locale.ROOT, "%s is %.2f s long, shorter than the %s s steps the model was"
                    + " trained on: predicted as one %.2f s step", file, seconds, recipe.stepSeconds(), seconds));
        }
        return new VaTimeline(file, seconds, bundle.labels(), steps, mean, new Timeline.Timings(
                (decoded - start) / 1e9, (featured - decoded) / 1e9, (predicted - featured) / 1e9), warnings);
    }
}

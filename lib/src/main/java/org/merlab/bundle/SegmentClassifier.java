package org.merlab.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.audio.Audio;
import org.merlab.audio.AudioSignal;
import org.merlab.features.FixedSegments;
import org.merlab.features.PaperFeatures;
import org.merlab.train.Trainer;

/**
 * The predictor of a {@value SegmentRecipe#KIND} bundle: decode a file of any length at the recipe's rate
 * ({@link Audio#load}), cut it into segments of the trained length ({@link FixedSegments#cut}), compute the feature
 * recipe per segment, standardise with the training statistics and run the network; the track summary is the mean
 * of the segments' probabilities. A file shorter than one segment is predicted from one shorter segment, with a
 * warning, since the network never saw segments that short.
 *
 * <p>Outputs depend only on the bundle and the file, with one caveat DL4J inherits from its native libraries:
 * identical numbers need the same backend and batch layout ({@link Trainer#predictProba} batches rows in blocks).
 */
public final class SegmentClassifier {

    private final ModelBundle bundle;
    private final SegmentRecipe recipe;
    private final int threads;

    private SegmentClassifier(ModelBundle bundle, SegmentRecipe recipe, int threads) {
        this.bundle = bundle;
        this.recipe = recipe;
        this.threads = threads;
    }

    /**
     * The predictor of {@code bundle}, computing each file's segment features on {@code threads} threads.
     *
     * @throws BundleException if the bundle is of another kind
     */
    public static SegmentClassifier of(ModelBundle bundle, int threads) {
        if (!(bundle.recipe() instanceof SegmentRecipe recipe)) {
            throw new BundleException("a " + bundle.kind() + " bundle has no segment classifier");
        }
        if (!(bundle.network() instanceof MultiLayerNetwork)) {
            throw new BundleException("a " + SegmentRecipe.KIND + " bundle's network must be a MultiLayerNetwork, got "
                    + bundle.network().getClass().getSimpleName());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return new SegmentClassifier(bundle, recipe, threads);
    }

    public ModelBundle bundle() {
        return bundle;
    }

    /**
     * Label probabilities of raw (unscaled) feature rows.
     *
     * @param features {@code [rows][28]} in {@link SegmentRecipe#featureNames()} order
     * @return {@code [rows][labels]}
     */
    public double[][] probabilities(double[][] features) {
        return Trainer.predictProba((MultiLayerNetwork) bundle.network(), recipe.scaler().transform(features));
    }

    /**
     * The emotion timeline of one audio file.
     *
     * @throws org.merlab.audio.AudioException if the file cannot be decoded
     * @throws org.merlab.features.ParameterException if it is too short for even one STFT frame
     */
    public Timeline predict(Path file) {
        long start = System.nanoTime();
        AudioSignal signal = Audio.load(file, recipe.sampleRate(), 0, 0);
        long decoded = System.nanoTime();
        double sr = signal.sampleRate();
        List<FixedSegments.Segment> cut = recipe.segments().cut(signal.samples(), sr);
        double[][] features = PaperFeatures.of(cut.stream().map(FixedSegments.Segment::samples)
                .toArray(float[][]::new), sr, threads);
        long featured = System.nanoTime();
        double[][] p = probabilities(features);
        long predicted = System.nanoTime();

        List<Timeline.Step> steps = new ArrayList<>();
        double[] mean = new double[bundle.labels().size()];
        for (int i = 0; i < p.length; i++) {
            FixedSegments.Segment s = cut.get(i);
            steps.add(new Timeline.Step(s.startSeconds(sr), s.endSeconds(sr), p[i], s.complete()));
            for (int c = 0; c < mean.length; c++) {
                mean[c] += p[i][c] / p.length;
            }
        }
        List<String> warnings = new ArrayList<>();
        double seconds = signal.samples().length / sr;
        if (!cut.getFirst().complete()) {
            warnings.add(String.format(Locale.ROOT, "%s is %.2f s long, shorter than the %s s segments the model was"
                    + " trained on: predicted from one %.2f s segment, which the model never saw", file, seconds,
                    recipe.segments().segmentSeconds(), seconds));
        }
        return new Timeline(file, seconds, bundle.labels(), steps, mean,
                new Timeline.Timings((decoded - start) / 1e9, (featured - decoded) / 1e9, (predicted - featured) / 1e9),
                warnings);
    }
}

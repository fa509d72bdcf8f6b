package org.merlab.study.honest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.merlab.baselines.Baseline;
import org.merlab.baselines.Baselines;
import org.merlab.baselines.SharesRegression;
import org.merlab.data.Gems;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.CrossValidation;
import org.merlab.eval.CvScores;
import org.merlab.eval.CvUnit;
import org.merlab.eval.Learner;
import org.merlab.eval.OutOfFold;
import org.merlab.eval.PairedComparison;
import org.merlab.eval.ResultStore;
import org.merlab.eval.TargetScores;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.study.StudyException;

/**
 * The strongest honest model: for each N, the honest protocol's grouped folds
 * ({@code Protocol.HONEST.folds(table, FoldOptions.DEFAULT.withFolds(k), seed)}, the paper study's CV folds), and on
 * them through {@link CrossValidation} the 28-feature random forest ({@value #REFERENCE}), each Smile classifier on
 * the rich features, each regression of the nine GEMS shares (scored by the argmax of its predicted shares) and any
 * {@link ExtraLearner}; the pooled predictions scored once ({@link CvScores}), each model paired against the
 * reference ({@link PairedComparison}: paired group bootstrap and McNemar), and the share regressions' predicted
 * shares correlated with the listeners' per emotion ({@link TargetScores}). With a {@link ResultStore}, finished
 * folds are read back and a stopped run resumes.
 */
public final class HonestStudy {

    /** The study's name in the result store. */
    public static final String STUDY = "honest-emotify";
    /** The reference every model is paired against: the paper's 28 features, scikit-learn's forest defaults. */
    public static final String REFERENCE = "RANDOM_FOREST-paper28";
    /** Model-name suffixes of the rich-feature models, and the share regressions' prefix. */
    public static final String RICH = "-rich";
    public static final String GEMS = "GEMS_";

    private HonestStudy() {
    }

    /** The 28-feature and rich tables of one N and the listener shares of their tracks. */
    public record Inputs(int segments, Samples paper, Samples rich, Map<String, double[]> shares) {

        /**
         * Both tables cut to the tracks both hold (the rich build may skip a track the paper build kept), so every
         * model is scored on the same rows.
         *
         * @throws StudyException if the tables then differ in rows, labels or order
         */
        public Inputs {
            Set<String> richTracks = new HashSet<>(Arrays.asList(rich.group()));
            Samples all = paper;
            paper = all.subset(IntStream.range(0, all.size()).filter(i -> richTracks.contains(all.group(i)))
                    .toArray());
            requireSameRows(paper, rich, "the rich table");
            shares = Map.copyOf(shares);
        }
    }

    /** Every N of {@code options}, each with {@code extra.get(N)}'s learners (none for an N it lacks). */
    public static List<HonestCell> run(Map<Integer, Inputs> inputs, HonestOptions options,
                                       Map<Integer, List<ExtraLearner>> extra, Optional<ResultStore> store) {
        List<HonestCell> cells = new ArrayList<>();
        for (int n : options.segmentCounts()) {
            Inputs in = inputs.get(n);
            if (in == null) {
                throw new StudyException("no tables for N=" + n + "; have N=" + inputs.keySet());
            }
            cells.add(run(in, options, extra.getOrDefault(n, List.of()), store));
        }
        return cells;
    }

    /** One N: every model on the same folds, scored, paired against {@value #REFERENCE}. */
    public static HonestCell run(Inputs in, HonestOptions options, List<ExtraLearner> extra,
                                 Optional<ResultStore> store) {
        int n = in.segments();
        long seed = options.seed();
        FoldOptions foldOptions = FoldOptions.DEFAULT.withFolds(options.folds());
        FoldSet paperFolds = Protocol.HONEST.folds(in.paper(), foldOptions, seed);
        FoldSet richFolds = Protocol.HONEST.folds(in.rich(), foldOptions, seed);
        List<OutOfFold> models = new ArrayList<>();
        models.add(cv(paperFolds, unit(n, REFERENCE, seed, Baseline.RANDOM_FOREST.hyperParameters()),
                Baselines.learner(Baseline.RANDOM_FOREST), store));
        for (Baseline model : options.classifiers()) {
            models.add(cv(richFolds, unit(n, model.name() + RICH, seed, model.hyperParameters()),
                    Baselines.learner(model), store));
        }
        List<String> targets = Arrays.stream(Gems.values()).map(Gems::label).toList();
        List<OutOfFold> regressions = new ArrayList<>();
        for (SharesRegression.Model model : options.regressors()) {
            OutOfFold oof = cv(richFolds, unit(n, GEMS + model.name() + RICH, seed, model.settings()),
                    SharesRegression.learner(model, in.shares(), targets), store);
            regressions.add(oof);
            models.add(oof);
        }
        for (ExtraLearner e : extra) {
            requireSameRows(in.paper(), e.table(), "extra learner " + e.model() + "'s table");
            FoldSet folds = Protocol.HONEST.folds(e.table(), foldOptions, seed);
            models.add(cv(folds, new CvUnit(STUDY, n, e.model(), seed, e.parameters()), e.learner(), store));
        }
        BootstrapOptions bootstrap = new BootstrapOptions(options.bootstrapResamples(), seed);
        List<PairedComparison> comparisons = new ArrayList<>();
        models.stream().skip(1).forEach(m -> comparisons.addAll(PairedComparison.of(m, models.getFirst(), bootstrap)));
        List<TargetScores> shares = new ArrayList<>();
        regressions.forEach(r -> shares.addAll(shareScores(r, in.shares(), targets, bootstrap)));
        return new HonestCell(n, paperFolds.statement(), in.paper().groups().size(), models,
                CvScores.of(models, bootstrap), comparisons, shares);
    }

    /**
     * Spearman and Pearson, per target, of each track's predicted shares (its rows' stored predictions, equal
     * within a track) against its listener shares, intervals resampling the fold set's groups.
     */
    static List<TargetScores> shareScores(OutOfFold oof, Map<String, double[]> shares, List<String> targets,
                                          BootstrapOptions bootstrap) {
        double[][] predicted = SharesRegression.predicted(oof, targets);
        String[] rowTracks = oof.tracks();
        String[] rowClusters = oof.clusters();
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        for (int i = 0; i < rowTracks.length; i++) {
            firstRow.putIfAbsent(rowTracks[i], i);
        }
        List<Integer> rows = List.copyOf(firstRow.values());
        String[] clusters = rows.stream().map(i -> rowClusters[i]).toArray(String[]::new);
        List<TargetScores> out = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            int target = t;
            double[] truth = rows.stream().mapToDouble(i -> shares.get(rowTracks[i])[target]).toArray();
            double[] guess = rows.stream().mapToDouble(i -> predicted[i][target]).toArray();
            out.add(TargetScores.of(oof.model(), targets.get(t), truth, guess, clusters, bootstrap));
        }
        return out;
    }

    private static CvUnit unit(int n, String model, long seed, String settings) {
        return new CvUnit(STUDY, n, model, seed, Map.of("hyperParameters", settings));
    }

    private static OutOfFold cv(FoldSet folds, CvUnit unit, Learner learner, Optional<ResultStore> store) {
        return store.map(s -> CrossValidation.run(folds, unit, learner, s))
                .orElseGet(() -> CrossValidation.run(folds, unit, learner));
    }

    private static void requireSameRows(Samples paper, Samples other, String what) {
        if (!Arrays.equals(paper.group(), other.group()) || !Arrays.equals(paper.y(), other.y())
                || !paper.classes().equals(other.classes())) {
            throw new StudyException(what + " does not hold the 28-feature table's rows (" + paper.size()
                    + " rows of " + paper.groups().size() + " tracks) in its order: " + other);
        }
    }
}

package org.merlab.baselines;

import org.merlab.eval.Fitted;
import org.merlab.eval.Learner;
import org.merlab.eval.OutOfFold;
import org.merlab.prep.Samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regression of listener shares (Emotify's nine GEMS shares: the fraction of a track's listeners who chose each
 * emotion) instead of classification of their argmax, as a {@link Learner} on the same folds as the classifiers:
 * every segment row of a track is averaged into one track row (training and test alike; SMOTE rows are left out,
 * since they have no listeners), one regressor per target is fitted on the training tracks, and a test track gets
 * its predicted shares. Its class probabilities are those shares over the table's classes, clipped at 0 and
 * divided by their sum (uniform if all are 0), so the argmax is the emotion the regression ranks first and the
 * harness scores it like any classifier. The raw predictions of every target are kept as the fold's
 * {@link Fitted#history()} under {@value #PREFIX}{@code <target>} (one value per test row), stored with the fold
 * by {@code ResultStore}, and read back by {@link #predicted}.
 */
public final class SharesRegression {

    /** History key prefix of the raw predicted share of each target. */
    public static final String PREFIX = "share.";

    private SharesRegression() {
    }

    /** The regressors, each with its stated settings. */
    public enum Model {
        RIDGE("ridge per target on track-mean standardised features, closed form, penalty chosen from "
                + java.util.Arrays.toString(StaticRidge.PENALTIES) + " by the fold's inner validation tracks' "
                + "RMSE (StaticRidge)"),
        RANDOM_FOREST("random-forest regression per target on track-mean features, scikit-learn "
                + "RandomForestRegressor() defaults: 100 trees, squared error, every feature per split, bootstrap of "
                + "n tracks, leaves of 1 track; per-tree seeds drawn from the fold seed");

        private final String settings;

        Model(String settings) {
            this.settings = settings;
        }

        public String settings() {
            return settings;
        }
    }

    /**
     * @param shares  every track's target values by track id (the tables' groups), in {@code targets} order
     * @param targets target names, e.g. the GEMS labels; the table's classes must be among them
     */
    public static Learner learner(Model model, Map<String, double[]> shares, List<String> targets) {
        Map<String, double[]> copy = Map.copyOf(shares);
        List<String> names = List.copyOf(targets);
        return (train, validation, seed) -> fit(model, train, validation, seed, copy, names);
    }

    /**
     * The raw predicted shares of every pooled row of {@code oof} (a {@link #learner}'s), {@code [rows][targets]}:
     * each fold's stored predictions in the harness's fold order.
     *
     * @throws BaselineException if a fold lacks a target's predictions
     */
    public static double[][] predicted(OutOfFold oof, List<String> targets) {
        double[][] out = new double[oof.size()][targets.size()];
        int row = 0;
        for (int f = 0; f < oof.histories().size(); f++) {
            Map<String, double[]> history = oof.histories().get(f);
            int rows = 0;
            for (int t = 0; t < targets.size(); t++) {
                double[] values = history.get(PREFIX + targets.get(t));
                if (values == null) {
                    throw new BaselineException("model " + oof.model() + ", fold " + f + " has no stored "
                            + PREFIX + targets.get(t) + "; was it cross-validated by SharesRegression.learner?");
                }
                for (int i = 0; i < values.length; i++) {
                    out[row + i][t] = values[i];
                }
                rows = values.length;
            }
            row += rows;
        }
        if (row != out.length) {
            throw new BaselineException("model " + oof.model() + ": " + row + " stored predictions for " + out.length
                    + " pooled rows");
        }
        return out;
    }

    private static Fitted fit(Model model, Samples train, Samples validation, long seed, Map<String, double[]> shares,
                              List<String> targets) {
        TrackRows trainTracks = TrackRows.of(train.realRows(), shares);
        if (trainTracks.x.length < 2) {
            throw new BaselineException("a shares regression needs at least 2 training tracks, got "
                    + trainTracks.x.length);
        }
        int[] classTarget = train.classes().stream().mapToInt(c -> {
            int t = targets.indexOf(c);
            if (t < 0) {
                throw new BaselineException("class " + c + " is not among the regressed targets " + targets);
            }
            return t;
        }).toArray();
        List<java.util.function.Function<double[][], double[]>> fitted = new ArrayList<>();
        TrackRows validationTracks = model == Model.RIDGE ? TrackRows.of(validation.realRows(), shares) : null;
        if (model == Model.RIDGE && validationTracks.x.length == 0) {
            throw new BaselineException("ridge chooses its penalty on the fold's inner validation tracks; there are none");
        }
        for (int t = 0; t < targets.size(); t++) {
            double[] y = trainTracks.target(t);
            if (model == Model.RIDGE) {
                StaticRidge.Fit ridge = StaticRidge.choose(trainTracks.x, y, validationTracks.x,
                        validationTracks.target(t), StaticRidge.PENALTIES);
                fitted.add(ridge::predict);
            } else {
                fitted.add(SmileFits.randomForestRegression(trainTracks.x, y, 100, seed + t));
            }
        }
        return new Predictor(fitted, targets, classTarget);
    }

    /** Predicts a test part track by track; remembers its raw predictions for {@link #history()}. */
    private static final class Predictor implements Fitted {
        private final List<java.util.function.Function<double[][], double[]>> regressors;
        private final List<String> targets;
        private final int[] classTarget;
        private Map<String, double[]> last = Map.of();

        Predictor(List<java.util.function.Function<double[][], double[]>> regressors, List<String> targets,
                  int[] classTarget) {
            this.regressors = regressors;
            this.targets = targets;
            this.classTarget = classTarget;
        }

        @Override
        public double[][] probabilities(Samples rows) {
            TrackRows tracks = TrackRows.of(rows, null);
            double[][] byTrack = new double[targets.size()][];
            for (int t = 0; t < targets.size(); t++) {
                byTrack[t] = regressors.get(t).apply(tracks.x);
            }
            Map<String, double[]> raw = new LinkedHashMap<>();
            double[][] probabilities = new double[rows.size()][classTarget.length];
            for (int t = 0; t < targets.size(); t++) {
                double[] perRow = new double[rows.size()];
                for (int i = 0; i < perRow.length; i++) {
                    perRow[i] = byTrack[t][tracks.trackOfRow[i]];
                }
                raw.put(PREFIX + targets.get(t), perRow);
            }
            for (int i = 0; i < rows.size(); i++) {
                double sum = 0;
                for (int c = 0; c < classTarget.length; c++) {
                    probabilities[i][c] = Math.max(0, byTrack[classTarget[c]][tracks.trackOfRow[i]]);
                    sum += probabilities[i][c];
                }
                for (int c = 0; c < classTarget.length; c++) {
                    probabilities[i][c] = sum > 0 ? probabilities[i][c] / sum : 1.0 / classTarget.length;
                }
            }
            last = raw;
            return probabilities;
        }

        /** The raw predicted shares of the rows {@link #probabilities} last predicted, one series per target. */
        @Override
        public Map<String, double[]> history() {
            return last;
        }
    }

    /**
     * Rows averaged per track, in order of first appearance.
     *
     * @param x          {@code [tracks][features]}
     * @param y          {@code [tracks][targets]} (null when no shares were given)
     * @param trackOfRow each input row's track index
     */
    private record TrackRows(double[][] x, double[][] y, int[] trackOfRow) {

        static TrackRows of(Samples rows, Map<String, double[]> shares) {
            Map<String, Integer> index = new HashMap<>();
            List<double[]> sums = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            int[] trackOfRow = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                double[] row = rows.row(i);
                int t = index.computeIfAbsent(rows.group(i), g -> {
                    ids.add(g);
                    sums.add(new double[row.length]);
                    counts.add(0);
                    return ids.size() - 1;
                });
                double[] sum = sums.get(t);
                for (int j = 0; j < row.length; j++) {
                    sum[j] += row[j];
                }
                counts.set(t, counts.get(t) + 1);
                trackOfRow[i] = t;
            }
            double[][] x = new double[ids.size()][];
            for (int t = 0; t < x.length; t++) {
                x[t] = sums.get(t);
                for (int j = 0; j < x[t].length; j++) {
                    x[t][j] /= counts.get(t);
                }
            }
            double[][] y = shares == null ? null : ids.stream().map(id -> {
                double[] s = shares.get(id);
                if (s == null) {
                    throw new BaselineException("no listener shares for track " + id);
                }
                return s;
            }).toArray(double[][]::new);
            return new TrackRows(x, y, trackOfRow);
        }

        double[] target(int t) {
            double[] out = new double[y.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = y[i][t];
            }
            return out;
        }
    }
}

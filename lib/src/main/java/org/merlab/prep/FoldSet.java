package org.merlab.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The k folds of one table under one {@link Protocol} ({@link Protocol#folds}), each with an inner validation part,
 * and the statement of how they were made, which reports print beside cross-validated numbers.
 *
 * <p>The rule for a class with fewer groups than folds: its groups are dealt to as many folds as it has groups, one
 * each; the other folds test none of it (listed in {@link #sparseClasses()}); a class with a single group has no
 * training rows in the fold that tests it. Nothing is dropped or merged, so pooled out-of-fold predictions cover every
 * row once.
 *
 * <p>Folds are stored unscaled and without SMOTE; {@link #prepared(int)} makes a fold's training-ready parts on
 * demand, fitting SMOTE (honest protocol) and the scaler on that fold's inner training part only.
 */
public final class FoldSet {

    private final Protocol protocol;
    private final FoldOptions options;
    private final long seed;
    private final List<Fold> folds;
    private final long[] smoteSeeds;
    private final List<SparseClass> sparseClasses;

    FoldSet(Protocol protocol, FoldOptions options, long seed, List<Fold> folds, long[] smoteSeeds) {
        this.protocol = protocol;
        this.options = options;
        this.seed = seed;
        this.folds = List.copyOf(folds);
        this.smoteSeeds = smoteSeeds.clone();
        this.sparseClasses = findSparseClasses();
    }

    public Protocol protocol() {
        return protocol;
    }

    public FoldOptions options() {
        return options;
    }

    /** The seed the folds (and their SMOTE rows) were drawn with. */
    public long seed() {
        return seed;
    }

    public int size() {
        return folds.size();
    }

    public List<Fold> folds() {
        return folds;
    }

    public Fold fold(int index) {
        if (index < 0 || index >= folds.size()) {
            throw new PrepException("fold " + index + " does not exist; there are " + folds.size());
        }
        return folds.get(index);
    }

    public List<String> classes() {
        return folds.getFirst().test().classes();
    }

    /** Fold {@code index} as the protocol trains on it, unscaled: for the honest protocol SMOTE on training only. */
    public Split unscaled(int index) {
        return protocol.prepare(fold(index), options, smoteSeeds[index]);
    }

    /** {@link #unscaled} standardised by a scaler fitted on its training part: what a model is fitted and scored on. */
    public Split prepared(int index) {
        return unscaled(index).standardized();
    }

    /** Test rows of fold {@code index} that share a track with its training part. */
    public LeakageStats leakage(int index) {
        return LeakageCheck.measure(unscaled(index));
    }

    /**
     * Class shares of fold {@code index}'s rows outside the test part (inner training and validation, before any
     * per-fold SMOTE), {@code [classes]}: what a majority-class or stratified-chance guesser would know. Under the
     * published protocol these rows include the SMOTE rows made before the folds, so the shares are nearly even.
     */
    public double[] trainingShares(int index) {
        Fold fold = fold(index);
        int[] counts = fold.train().concat(fold.validation()).classCounts();
        double total = fold.train().size() + fold.validation().size();
        double[] shares = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            shares[c] = counts[c] / total;
        }
        return shares;
    }

    /** The resampling unit of a row's group tag: its {@link Grouping#keyOf group}. */
    public String clusterOf(String rowGroup) {
        return options.grouping().keyOf(rowGroup);
    }

    /** Classes with fewer groups (segments, under the published protocol) than folds, in class order. */
    public List<SparseClass> sparseClasses() {
        return sparseClasses;
    }

    /** How the folds were made and which classes some folds lack, in plain sentences for a report. */
    public String statement() {
        String unit = unitName();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d-fold cross-validation, %s protocol, grouped by %s and stratified by each %s's class (%ss "
                        + "shuffled per class with seed %d and dealt to the folds in turn); inner validation: %.0f%% "
                        + "of each training fold's %ss by largest remainder per class, never a class's last training "
                        + "%s; %s.",
                folds.size(), protocol.name().toLowerCase(Locale.ROOT), unit, unit, unit, seed,
                100 * options.innerValidation(), unit, unit, protocol == Protocol.HONEST
                        ? "SMOTE (k " + options.smoteK() + ") and the scaler fitted on each inner training part only"
                        : "SMOTE (k " + options.smoteK() + ") on the whole table before the folds, the scaler on each "
                                + "inner training part"));
        if (sparseClasses.isEmpty()) {
            s.append(" Every class has at least ").append(folds.size()).append(' ').append(unit)
                    .append("s, so every test fold holds each class.");
        }
        for (SparseClass c : sparseClasses) {
            s.append(String.format(Locale.ROOT, " %s (%d %ss) is tested in %d of %d folds, none in fold %s",
                    c.name(), c.groups(), unit, folds.size() - c.foldsWithoutTest().size(), folds.size(),
                    c.foldsWithoutTest()));
            if (!c.foldsWithoutTraining().isEmpty()) {
                s.append("; no training ").append(unit).append(" in fold ").append(c.foldsWithoutTraining());
            }
            if (!c.foldsWithoutValidation().isEmpty()) {
                s.append("; no inner validation ").append(unit).append(" in fold ").append(c.foldsWithoutValidation());
            }
            s.append('.');
        }
        return s.toString();
    }

    private String unitName() {
        return protocol == Protocol.PUBLISHED ? "segment" : options.grouping().name();
    }

    private List<SparseClass> findSparseClasses() {
        Fold first = folds.getFirst();
        int[] total = groupsPerClass(first.train().concat(first.validation()).concat(first.test()));
        List<SparseClass> sparse = new ArrayList<>();
        List<int[]> train = folds.stream().map(f -> groupsPerClass(f.train())).toList();
        List<int[]> validation = folds.stream().map(f -> groupsPerClass(f.validation())).toList();
        List<int[]> test = folds.stream().map(f -> groupsPerClass(f.test())).toList();
        for (int c = 0; c < total.length; c++) {
            if (total[c] < folds.size()) {
                sparse.add(new SparseClass(classes().get(c), total[c], foldsWithout(test, c),
                        foldsWithout(validation, c), foldsWithout(train, c)));
            }
        }
        return List.copyOf(sparse);
    }

    private static List<Integer> foldsWithout(List<int[]> counts, int c) {
        List<Integer> without = new ArrayList<>();
        for (int f = 0; f < counts.size(); f++) {
            if (counts.get(f)[c] == 0) {
                without.add(f);
            }
        }
        return without;
    }

    /** Groups per class in a part (by majority label), or rows per class under the published protocol. */
    private int[] groupsPerClass(Samples part) {
        if (protocol == Protocol.PUBLISHED) {
            return part.classCounts();
        }
        String[] keys = new String[part.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = clusterOf(part.group(i));
        }
        Map<String, Integer> labels = Tracks.majorityLabels(keys, part.y(), part.numClasses());
        int[] counts = new int[part.numClasses()];
        labels.values().forEach(c -> counts[c]++);
        return counts;
    }

    @Override
    public String toString() {
        return "FoldSet[" + folds.size() + " folds, " + protocol + ", grouped by " + unitName() + ", seed " + seed + "]";
    }
}

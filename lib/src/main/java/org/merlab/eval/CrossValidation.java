package org.merlab.eval;

import org.merlab.prep.FoldSet;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The one evaluation rule: fit a {@link Learner} on every fold of a {@link FoldSet} (its inner training part, with
 * its inner validation part for any choice made while fitting), predict the fold's test part, and pool the
 * out-of-fold predictions ({@link OutOfFold}) to be scored once ({@link CvScores}, {@link PairedComparison}).
 *
 * <p>With a {@link ResultStore}, each fold's result is read from the store when its {@link UnitKey} is there
 * (the learner is not called) and written as soon as it is fitted, so a stopped run resumes at the first missing
 * fold and gives the same pooled predictions as an uninterrupted one.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Every fold fitted now, nothing stored. */
    public static OutOfFold run(FoldSet folds, CvUnit unit, Learner learner) {
        return pool(folds, unit, learner, Optional.empty());
    }

    /** Every fold read from {@code store} if finished there, else fitted and stored. */
    public static OutOfFold run(FoldSet folds, CvUnit unit, Learner learner, ResultStore store) {
        return pool(folds, unit, learner, Optional.of(store));
    }

    /** The seed fold {@code fold} is fitted with: the {@code fold + 1}-th draw of a generator seeded with {@code seed}. */
    public static long foldSeed(long seed, int fold) {
        SplittableRandom rng = new SplittableRandom(seed);
        long drawn = rng.nextLong();
        for (int f = 0; f < fold; f++) {
            drawn = rng.nextLong();
        }
        return drawn;
    }

    private static OutOfFold pool(FoldSet folds, CvUnit unit, Learner learner, Optional<ResultStore> store) {
        int k = folds.classes().size();
        List<Integer> fold = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        List<String> tracks = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        double[][] shares = new double[folds.size()][];
        List<Map<String, double[]>> histories = new ArrayList<>();
        double[] fitSeconds = new double[folds.size()];
        boolean[] restored = new boolean[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            UnitKey key = unit.key(folds, f);
            String testRows = fingerprint(folds.fold(f).test());
            Optional<FoldResult> stored = store.flatMap(s -> s.read(key));
            FoldResult result;
            if (stored.isPresent()) {
                result = stored.get();
                Path where = store.get().path(key);
                if (!result.testRows().equals(testRows) || result.fold() != f) {
                    throw new StoreException(where + ": its test rows do not match fold " + f + " of " + folds
                            + "; the data changed without a new fingerprint? Delete the file to recompute it");
                }
                Probabilities.check(result.probabilities(), result.truth().length, k, where + ": probability");
            } else {
                result = fit(folds, f, unit, learner, testRows);
                FoldResult fitted = result;
                store.ifPresent(s -> s.write(key, fitted));
            }
            restored[f] = stored.isPresent();
            for (int i = 0; i < result.truth().length; i++) {
                fold.add(f);
            }
            Arrays.stream(result.truth()).forEach(truth::add);
            tracks.addAll(List.of(result.tracks()));
            probabilities.addAll(List.of(result.probabilities()));
            shares[f] = folds.trainingShares(f);
            histories.add(result.history());
            fitSeconds[f] = result.fitSeconds();
        }
        return new OutOfFold(unit.model(), folds.classes(), fold.stream().mapToInt(Integer::intValue).toArray(),
                truth.stream().mapToInt(Integer::intValue).toArray(), tracks.toArray(String[]::new),
                tracks.stream().map(folds::clusterOf).toArray(String[]::new), probabilities.toArray(double[][]::new),
                shares, histories, fitSeconds, restored);
    }

    private static FoldResult fit(FoldSet folds, int f, CvUnit unit, Learner learner, String testRows) {
        Split prepared = folds.prepared(f);
        Samples test = prepared.test();
        long start = System.nanoTime();
        Fitted fitted = learner.fit(prepared.train(), prepared.validation(), foldSeed(unit.seed(), f));
        double[][] probabilities = fitted.probabilities(test);
        double seconds = (System.nanoTime() - start) / 1e9;
        Probabilities.check(probabilities, test.size(), test.numClasses(),
                "model " + unit.model() + ", fold " + f + ": probability");
        return new FoldResult(f, testRows, test.y(), test.group(), probabilities, fitted.history(), seconds);
    }

    /** SHA-256 over every row's track, label and feature bits: changes when any test row does. */
    static String fingerprint(Samples rows) {
        MessageDigest digest = Sha256.digest();
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + Long.BYTES * rows.numFeatures());
        for (int i = 0; i < rows.size(); i++) {
            digest.update(rows.group(i).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            buffer.clear();
            buffer.putInt(rows.label(i));
            for (double v : rows.row(i)) {
                buffer.putLong(Double.doubleToLongBits(v));
            }
            digest.update(buffer.array(), 0, buffer.position());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }
}

package org.merlab.prep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Stratified splits: by segment (the paper's protocol, which lets a track's segments land on both sides) and by
 * track (honest: every segment of a track stays on one side).
 *
 * <p>Within each class the items (segments or tracks) are shuffled with the seed and cut at
 * {@code round(n * train)} and {@code round(n * (train + validation))} (the same idea as scikit-learn's
 * {@code train_test_split(..., stratify=y)}, not its exact rounding); a class with very few items may leave a part
 * empty.
 */
public final class Splits {

    private Splits() {
    }

    /** Random segment split stratified by segment label: the paper's 70/15/15 split of the SMOTE output. */
    public static Split stratifiedSegments(Samples samples, SplitFractions fractions, long seed) {
        int[] part = assignParts(samples.y(), samples.numClasses(), fractions, new SplittableRandom(seed));
        return gather(samples, part);
    }

    /**
     * Track-grouped split stratified by track label (the majority label of its segments, see
     * {@link Tracks#majorityLabels}); no track is on two sides.
     */
    public static Split groupedStratified(Samples samples, SplitFractions fractions, long seed) {
        GroupIndex groups = GroupIndex.of(samples);
        int[] groupPart = assignParts(groups.labels, samples.numClasses(), fractions, new SplittableRandom(seed));
        int[] part = new int[samples.size()];
        for (int i = 0; i < part.length; i++) {
            part[i] = groupPart[groups.groupOfRow[i]];
        }
        return gather(samples, part);
    }

    /**
     * Grouped stratified k-fold, as scikit-learn's {@code StratifiedGroupKFold} aims for: tracks are shuffled within
     * each class, the classes are laid end to end and tracks dealt to folds in turn, so every fold gets about
     * {@code 1/k} of each class's tracks.
     */
    public static List<Fold> groupedStratifiedKFold(Samples samples, int k, long seed) {
        GroupIndex groups = GroupIndex.of(samples);
        if (k < 2 || k > groups.labels.length) {
            throw new PrepException("k must be in [2, number of tracks = " + groups.labels.length + "], got " + k);
        }
        int[] foldOfGroup = new int[groups.labels.length];
        int dealt = 0;
        for (int[] members : shuffledByClass(groups.labels, samples.numClasses(), new SplittableRandom(seed))) {
            for (int g : members) {
                foldOfGroup[g] = dealt++ % k;
            }
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (foldOfGroup[groups.groupOfRow[i]] == f ? test : train).add(i);
            }
            folds.add(new Fold(f, samples.subset(toArray(train)), samples.subset(toArray(test))));
        }
        return folds;
    }

    /** Part (0 train, 1 validation, 2 test) of each item, stratified by the items' labels. */
    private static int[] assignParts(int[] labels, int numClasses, SplitFractions f, SplittableRandom rng) {
        int[] part = new int[labels.length];
        for (int[] members : shuffledByClass(labels, numClasses, rng)) {
            int n = members.length;
            long trainEnd = Math.round(n * f.train());
            long validationEnd = Math.round(n * (f.train() + f.validation()));
            for (int j = 0; j < n; j++) {
                part[members[j]] = j < trainEnd ? 0 : j < validationEnd ? 1 : 2;
            }
        }
        return part;
    }

    /** Item indices of each class, each list shuffled (Fisher-Yates) with {@code rng}. */
    private static List<int[]> shuffledByClass(int[] labels, int numClasses, SplittableRandom rng) {
        List<int[]> byClass = new ArrayList<>(numClasses);
        for (int c = 0; c < numClasses; c++) {
            final int cls = c;
            int[] members = IntStream.range(0, labels.length).filter(i -> labels[i] == cls).toArray();
            for (int i = members.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = members[i];
                members[i] = members[j];
                members[j] = t;
            }
            byClass.add(members);
        }
        return byClass;
    }

    private static Split gather(Samples samples, int[] part) {
        List<List<Integer>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < part.length; i++) {
            rows.get(part[i]).add(i);
        }
        return new Split(samples.subset(toArray(rows.get(0))), samples.subset(toArray(rows.get(1))),
                samples.subset(toArray(rows.get(2))));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Dense group numbering: the group of each row and the (majority) label of each group. */
    private record GroupIndex(int[] groupOfRow, int[] labels) {

        static GroupIndex of(Samples samples) {
            Map<String, Integer> labelOf = Tracks.majorityLabels(samples.group(), samples.y(), samples.numClasses());
            List<String> ids = new ArrayList<>(labelOf.keySet());
            Map<String, Integer> number = new HashMap<>();
            for (int g = 0; g < ids.size(); g++) {
                number.put(ids.get(g), g);
            }
            int[] groupOfRow = new int[samples.size()];
            for (int i = 0; i < groupOfRow.length; i++) {
                groupOfRow[i] = number.get(samples.group(i));
            }
            return new GroupIndex(groupOfRow, ids.stream().mapToInt(labelOf::get).toArray());
        }
    }
}

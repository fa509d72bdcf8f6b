package org.merlab.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Stratified splits and k-folds: by segment (the paper's protocol, which lets a track's segments land on both sides)
 * and by track or a coarser {@link Grouping} (honest: every segment of a group stays on one side).
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
        ItemIndex groups = ItemIndex.groups(samples, Grouping.TRACK);
        int[] groupPart = assignParts(groups.labels, samples.numClasses(), fractions, new SplittableRandom(seed));
        int[] part = new int[samples.size()];
        for (int i = 0; i < part.length; i++) {
            part[i] = groupPart[groups.itemOfRow[i]];
        }
        return gather(samples, part);
    }

    /**
     * Grouped stratified k-fold with an inner validation part, as scikit-learn's {@code StratifiedGroupKFold} aims
     * for: groups (their class is the majority label of their rows) are shuffled within each class, the classes are
     * laid end to end in class order and the groups dealt to folds in turn, so every fold tests about {@code 1/k} of
     * each class's groups, and a class with fewer groups than folds is tested in as many folds as it has groups, one
     * group each. Each training fold then gives {@link #innerValidationQuotas its inner validation groups}.
     *
     * @param innerValidation share of the training fold's groups for inner validation, in {@code [0, 0.5]}
     * @throws PrepException if there are fewer groups than folds
     */
    public static List<Fold> groupedStratifiedKFold(Samples samples, int k, double innerValidation, Grouping grouping,
                                                    long seed) {
        return kFold(samples, ItemIndex.groups(samples, grouping), grouping.name(), k, innerValidation, seed);
    }

    /**
     * The published protocol's k-fold: {@link #groupedStratifiedKFold} with every segment its own group, so the
     * segments of one track (and SMOTE rows made from them) land in several folds.
     */
    public static List<Fold> stratifiedSegmentKFold(Samples samples, int k, double innerValidation, long seed) {
        return kFold(samples, ItemIndex.rows(samples), "segment", k, innerValidation, seed);
    }

    private static List<Fold> kFold(Samples samples, ItemIndex items, String itemName, int k, double innerValidation,
                                    long seed) {
        List<Fold> folds = new ArrayList<>(k);
        List<int[]> parts = foldParts(items.labels, samples.numClasses(), itemName, k, innerValidation, seed);
        for (int f = 0; f < k; f++) {
            int[] part = parts.get(f);
            Split split = gather(samples, Arrays.stream(items.itemOfRow).map(i -> part[i]).toArray());
            folds.add(new Fold(f, split.train(), split.validation(), split.test()));
        }
        return folds;
    }

    /**
     * Grouped k-fold of items without classes, for regression targets such as per-piece valence curves: the groups
     * (e.g. games) are shuffled and dealt to folds in turn, and each training fold gives {@code round(share * groups)}
     * of its groups to inner validation, as {@link #groupedStratifiedKFold} does with a single class.
     *
     * @param groups          the group of each item
     * @param innerValidation share of the training fold's groups for inner validation, in {@code [0, 0.5]}
     * @return per fold, item indices (ascending) of inner training, inner validation and test
     * @throws PrepException if there are fewer groups than folds, or an inner validation part is empty
     */
    public static List<GroupedSplit> groupedKFold(String[] groups, int k, double innerValidation, String groupName,
                                                  long seed) {
        Map<String, Integer> number = new LinkedHashMap<>();
        int[] groupOfItem = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            groupOfItem[i] = number.computeIfAbsent(groups[i], g -> number.size());
        }
        List<GroupedSplit> folds = new ArrayList<>(k);
        for (int[] part : foldParts(new int[number.size()], 1, groupName, k, innerValidation, seed)) {
            folds.add(new GroupedSplit(items(groupOfItem, part, 0), items(groupOfItem, part, 1),
                    items(groupOfItem, part, 2)));
        }
        return folds;
    }

    private static int[] items(int[] groupOfItem, int[] partOfGroup, int part) {
        return IntStream.range(0, groupOfItem.length).filter(i -> partOfGroup[groupOfItem[i]] == part).toArray();
    }

    /**
     * Per fold, the part of each item (0 inner training, 1 inner validation, 2 test): items shuffled within each
     * class, laid end to end in class order and dealt to folds in turn; then each training fold's inner validation
     * items by {@link #innerValidationQuotas}.
     */
    private static List<int[]> foldParts(int[] labels, int numClasses, String itemName, int k, double innerValidation,
                                         long seed) {
        int n = labels.length;
        if (k < 2 || k > n) {
            throw new PrepException("cannot make " + k + " folds from " + n + " " + itemName + "s");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] foldOfItem = new int[n];
        int dealt = 0;
        for (int[] members : shuffledByClass(labels, numClasses, rng)) {
            for (int item : members) {
                foldOfItem[item] = dealt++ % k;
            }
        }
        List<int[]> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            final int fold = f;
            int[] training = IntStream.range(0, n).filter(i -> foldOfItem[i] != fold).toArray();
            int[] trainingLabels = Arrays.stream(training).map(i -> labels[i]).toArray();
            int[] part = new int[n];
            Arrays.fill(part, 2);
            int[] quotas = innerValidationQuotas(trainingLabels, numClasses, innerValidation);
            List<int[]> byClass = shuffledByClass(trainingLabels, numClasses, rng);
            boolean anyValidation = false;
            for (int c = 0; c < byClass.size(); c++) {
                int[] members = byClass.get(c);
                for (int j = 0; j < members.length; j++) {
                    part[training[members[j]]] = j < quotas[c] ? 1 : 0;
                    anyValidation |= j < quotas[c];
                }
            }
            if (innerValidation > 0 && !anyValidation) {
                throw new PrepException("the inner validation part of fold " + f + " is empty: its " + training.length
                        + " training " + itemName + "s leave no class a " + itemName + " to spare at "
                        + innerValidation + "; use fewer folds, more data or innerValidation 0");
            }
            folds.add(part);
        }
        return folds;
    }

    /**
     * Inner validation groups per class, by largest remainder: the total is {@code round(share * groups)}; each class
     * gets {@code floor(share * n_c)}, and the classes with the largest remainders (ties to the lower class index) one
     * more each, never taking a class's last training group. Per-class rounding would leave tiny folds with no
     * validation at all.
     */
    static int[] innerValidationQuotas(int[] labels, int numClasses, double share) {
        int[] perClass = new int[numClasses];
        for (int label : labels) {
            perClass[label]++;
        }
        int[] quotas = new int[numClasses];
        long remaining = Math.round(share * labels.length);
        for (int c = 0; c < numClasses; c++) {
            quotas[c] = Math.max(0, Math.min((int) Math.floor(share * perClass[c]), perClass[c] - 1));
            remaining -= quotas[c];
        }
        Integer[] byRemainder = IntStream.range(0, numClasses).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer c) -> -(share * perClass[c] - quotas[c])));
        for (int c : byRemainder) {
            if (remaining > 0 && quotas[c] < perClass[c] - 1) {
                quotas[c]++;
                remaining--;
            }
        }
        return quotas;
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

    /** Dense item numbering (an item is a group, or a row): the item of each row and the (majority) label of each item. */
    private record ItemIndex(int[] itemOfRow, int[] labels) {

        static ItemIndex groups(Samples samples, Grouping grouping) {
            String[] keys = new String[samples.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = grouping.keyOf(samples.group(i));
            }
            Map<String, Integer> labelOf = Tracks.majorityLabels(keys, samples.y(), samples.numClasses());
            List<String> ids = new ArrayList<>(labelOf.keySet());
            Map<String, Integer> number = new HashMap<>();
            for (int g = 0; g < ids.size(); g++) {
                number.put(ids.get(g), g);
            }
            int[] itemOfRow = new int[samples.size()];
            for (int i = 0; i < itemOfRow.length; i++) {
                itemOfRow[i] = number.get(keys[i]);
            }
            return new ItemIndex(itemOfRow, ids.stream().mapToInt(labelOf::get).toArray());
        }

        static ItemIndex rows(Samples samples) {
            return new ItemIndex(IntStream.range(0, samples.size()).toArray(), samples.y());
        }
    }
}

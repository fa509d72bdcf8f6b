package org.merlab.prep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Detects tracks (or coarser {@link Grouping groups}) on two sides of a split. A row stands for its track, or for both parent tracks if it is a SMOTE
 * row ({@link Tracks#parents}), so a synthetic training row made from a test track counts as leakage too.
 */
public final class LeakageCheck {

    private static final int NAMED_AT_MOST = 20;

    private LeakageCheck() {
    }

    /**
     * Throws if any track appears in two of train, validation and test; the message names the tracks.
     *
     * @throws LeakageException naming up to 20 shared tracks per pair of parts and how many there are
     */
    public static void requireDisjointTracks(Split split) {
        requireDisjoint(split, Grouping.TRACK);
    }

    /**
     * Throws if any group of {@code grouping} (a SMOTE row carrying both parents' groups) appears in two of train,
     * validation and test; the message names the groups.
     *
     * @throws LeakageException naming up to 20 shared groups per pair of parts and how many there are
     */
    public static void requireDisjoint(Split split, Grouping grouping) {
        List<String> problems = new ArrayList<>();
        report(problems, grouping, "train", split.train(), "validation", split.validation());
        report(problems, grouping, "train", split.train(), "test", split.test());
        report(problems, grouping, "validation", split.validation(), "test", split.test());
        if (!problems.isEmpty()) {
            throw new LeakageException("split leaks " + grouping.name() + "s: " + String.join("; ", problems));
        }
    }

    /** Counts of test rows that share a track with the training part; see {@link LeakageStats}. */
    public static LeakageStats measure(Split split) {
        Set<String> trainTracks = keys(split.train(), Grouping.TRACK);
        Samples test = split.test();
        int withSibling = 0;
        int synthetic = 0;
        int syntheticFromTrain = 0;
        for (int i = 0; i < test.size(); i++) {
            boolean shared = Tracks.parents(test.group(i)).stream().anyMatch(trainTracks::contains);
            if (Tracks.isSynthetic(test.group(i))) {
                synthetic++;
                syntheticFromTrain += shared ? 1 : 0;
            } else {
                withSibling += shared ? 1 : 0;
            }
        }
        return new LeakageStats(test.size(), withSibling, synthetic, syntheticFromTrain,
                List.copyOf(shared(trainTracks, keys(test, Grouping.TRACK))));
    }

    private static void report(List<String> problems, Grouping grouping, String nameA, Samples a, String nameB,
                               Samples b) {
        Set<String> shared = shared(keys(a, grouping), keys(b, grouping));
        if (!shared.isEmpty()) {
            List<String> named = shared.stream().limit(NAMED_AT_MOST).toList();
            problems.add(shared.size() + " " + grouping.name() + "(s) in both " + nameA + " and " + nameB + ": " + named
                    + (shared.size() > named.size() ? " ..." : ""));
        }
    }

    private static Set<String> keys(Samples samples, Grouping grouping) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < samples.size(); i++) {
            keys.addAll(grouping.keysOf(samples.group(i)));
        }
        return keys;
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> shared = new TreeSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}

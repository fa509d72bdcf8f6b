package org.merlab.prep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Detects tracks on two sides of a split. A row stands for its track, or for both parent tracks if it is a SMOTE
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
        List<String> problems = new ArrayList<>();
        report(problems, "train", split.train(), "validation", split.validation());
        report(problems, "train", split.train(), "test", split.test());
        report(problems, "validation", split.validation(), "test", split.test());
        if (!problems.isEmpty()) {
            throw new LeakageException("split leaks tracks: " + String.join("; ", problems));
        }
    }

    /** Counts of test rows that share a track with the training part; see {@link LeakageStats}. */
    public static LeakageStats measure(Split split) {
        Set<String> trainTracks = tracks(split.train());
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
                List.copyOf(shared(trainTracks, tracks(test))));
    }

    private static void report(List<String> problems, String nameA, Samples a, String nameB, Samples b) {
        Set<String> shared = shared(tracks(a), tracks(b));
        if (!shared.isEmpty()) {
            List<String> named = shared.stream().limit(NAMED_AT_MOST).toList();
            problems.add(shared.size() + " track(s) in both " + nameA + " and " + nameB + ": " + named
                    + (shared.size() > named.size() ? " ..." : ""));
        }
    }

    private static Set<String> tracks(Samples samples) {
        Set<String> tracks = new HashSet<>();
        for (int i = 0; i < samples.size(); i++) {
            tracks.addAll(Tracks.parents(samples.group(i)));
        }
        return tracks;
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> shared = new TreeSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}

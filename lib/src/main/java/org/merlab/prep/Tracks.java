package org.merlab.prep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Track ids as group tags: the label of a track and the provenance of SMOTE rows.
 *
 * <p>A synthetic row's group is {@code "smote:" + source + "|" + neighbour}: the two real tracks whose segments
 * it was interpolated between, so a split can count synthetic rows that carry a training track into the test set.
 */
public final class Tracks {

    static final String SYNTHETIC_PREFIX = "smote:";
    static final char SEPARATOR = '|';

    private Tracks() {
    }

    /** The group tag of a SMOTE row interpolated from a segment of {@code source} towards one of {@code neighbour}. */
    public static String syntheticTag(String source, String neighbour) {
        for (String track : List.of(source, neighbour)) {
            if (isSynthetic(track) || track.indexOf(SEPARATOR) >= 0) {
                throw new PrepException("track id '" + track + "' cannot be a SMOTE parent: it is synthetic or holds '"
                        + SEPARATOR + "'");
            }
        }
        return SYNTHETIC_PREFIX + source + SEPARATOR + neighbour;
    }

    public static boolean isSynthetic(String group) {
        return group.startsWith(SYNTHETIC_PREFIX);
    }

    /** The real tracks a row stands for: itself for a real segment, its two SMOTE parents for a synthetic one. */
    public static List<String> parents(String group) {
        if (!isSynthetic(group)) {
            return List.of(group);
        }
        String body = group.substring(SYNTHETIC_PREFIX.length());
        int cut = body.indexOf(SEPARATOR);
        if (cut < 0) {
            throw new PrepException("malformed synthetic group tag '" + group + "'");
        }
        return List.of(body.substring(0, cut), body.substring(cut + 1));
    }

    /**
     * The class of each group: the majority label of its rows, ties going to the lower class index.
     * In Emotify every segment of a track shares the track's label, so the rule only matters for other data.
     *
     * @return group id to class index, in order of first appearance
     */
    public static Map<String, Integer> majorityLabels(String[] group, int[] y, int numClasses) {
        Map<String, int[]> votes = new LinkedHashMap<>();
        for (int i = 0; i < group.length; i++) {
            votes.computeIfAbsent(group[i], g -> new int[numClasses])[y[i]]++;
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        votes.forEach((g, counts) -> labels.put(g, argmax(counts)));
        return labels;
    }

    private static int argmax(int[] counts) {
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }
}

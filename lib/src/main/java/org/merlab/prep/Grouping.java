package org.merlab.prep;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What stays together on one side of a split: the track itself, or a coarser unit a track belongs to (its piece,
 * artist or game), so that near-duplicates across tracks cannot leak either. A row's group column holds its track
 * id; this maps a track id to its group.
 *
 * @param name    singular noun the statements and messages print ("track", "artist"); also names the grouping in
 *                result-store keys, so two groupings with one name must be the same mapping
 * @param ofTrack the group of a real track id
 */
public record Grouping(String name, Function<String, String> ofTrack) {

    /** Every track is its own group. */
    public static final Grouping TRACK = new Grouping("track", track -> track);

    public Grouping {
        if (name == null || name.isBlank()) {
            throw new PrepException("a grouping needs a name, got '" + name + "'");
        }
        Objects.requireNonNull(ofTrack, "ofTrack");
    }

    /**
     * Groups looked up in a table of track id to group id.
     *
     * @throws PrepException later, from {@link #keyOf}, naming a track the table does not hold
     */
    public static Grouping of(String name, Map<String, String> groupOfTrack) {
        Map<String, String> table = Map.copyOf(groupOfTrack);
        return new Grouping(name, track -> {
            String group = table.get(track);
            if (group == null) {
                throw new PrepException("track '" + track + "' has no " + name + " in the grouping");
            }
            return group;
        });
    }

    /**
     * The unit a row is dealt to folds and resampled by: its track's group. A SMOTE row is its own unit (as
     * {@link org.merlab.prep.Tracks} tags it), since it belongs to two tracks.
     */
    public String keyOf(String rowGroup) {
        return Tracks.isSynthetic(rowGroup) ? rowGroup : ofTrack.apply(rowGroup);
    }

    /** The groups a row carries, for leakage checks: its track's, or the groups of both SMOTE parents. */
    public List<String> keysOf(String rowGroup) {
        return Tracks.parents(rowGroup).stream().map(ofTrack).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}

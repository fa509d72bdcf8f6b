package org.merlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated Emotify participants for the embedded corpus. Each track gets a clarity {@code c ~ U(0.35, 0.75)}; each
 * participant then ticks every GEMS emotion independently: the intended one with probability {@code c}, each of its
 * two {@link GemsMusic#neighbours} with {@value #NEIGHBOUR}, every other emotion with {@value #OTHER}; one who ticks
 * nothing picks the intended emotion with probability {@code c}, else a neighbour. So, as in Emotify, listeners tick
 * one to three emotions, shares sum to more than 1, and the dominant emotion is the intended one most but not all
 * of the time. Mood, liking, age, gender and mother tongue are filler drawn independently of the music.
 */
final class SimulatedListeners {

    static final double NEIGHBOUR = 0.3;
    static final double OTHER = 0.07;
    private static final List<String> TONGUES = List.of("Dutch", "English", "German", "Russian", "Spanish", "French");

    private SimulatedListeners() {
    }

    /** One game session: the nine 0/1 choices in GEMS order and the participant fields of the official file. */
    record Session(int[] chosen, int mood, int liked, int disliked, int age, int gender, String motherTongue) {

        /** The session as a row of the official {@code data.csv}. */
        String csvRow(int trackId, EmotifyGenre genre) {
            StringBuilder s = new StringBuilder().append(trackId).append(',').append(genre.folder());
            for (int c : chosen) {
                s.append(',').append(c);
            }
            return s.append(',').append(mood).append(',').append(liked).append(',').append(disliked).append(',')
                    .append(age).append(',').append(gender).append(',').append(motherTongue).toString();
        }
    }

    /** The sessions of {@code participants} listeners of a track written to express {@code intended}. */
    static List<Session> listen(Gems intended, int participants, SplittableRandom random) {
        double clarity = 0.35 + 0.4 * random.nextDouble();
        List<Gems> neighbours = GemsMusic.neighbours(intended);
        List<Session> sessions = new ArrayList<>(participants);
        for (int n = 0; n < participants; n++) {
            int[] chosen = new int[Gems.values().length];
            boolean any = false;
            for (Gems g : Gems.values()) {
                double p = g == intended ? clarity : neighbours.contains(g) ? NEIGHBOUR : OTHER;
                if (random.nextDouble() < p) {
                    chosen[g.ordinal()] = 1;
                    any = true;
                }
            }
            if (!any) {
                Gems pick = random.nextDouble() < clarity ? intended
                        : neighbours.get(random.nextInt(neighbours.size()));
                chosen[pick.ordinal()] = 1;
            }
            int liked = random.nextDouble() < 0.4 ? 1 : 0;
            int disliked = liked == 0 && random.nextDouble() < 0.2 ? 1 : 0;
            sessions.add(new Session(chosen, 1 + random.nextInt(5), liked, disliked, 16 + random.nextInt(50),
                    random.nextInt(2), TONGUES.get(random.nextInt(TONGUES.size()))));
        }
        return sessions;
    }
}

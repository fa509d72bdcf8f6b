package org.merlab.study.multitask;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.merlab.data.MapFeatures;
import org.merlab.features.FeatureMaps;
import org.merlab.prep.Grouping;

/**
 * Clips with random feature maps: genre g raises mel row block g, target 0 follows the mean of mel row 0 and target 1
 * the mean of chroma row 0, both with noise; beats every 5 frames.
 */
final class SyntheticClips {

    private SyntheticClips() {
    }

    static Clips of(int perGenre, int genres, long seed) {
        return of(perGenre, genres, seed, 40);
    }

    /** Clips of {@code frames} frames (more than 5, so there is a beat). */
    static Clips of(int perGenre, int genres, long seed, int frames) {
        var rng = new Random(seed);
        List<String> ids = new ArrayList<>();
        List<FeatureMaps> maps = new ArrayList<>();
        int n = perGenre * genres;
        int[] genre = new int[n];
        double[][] targets = new double[n][2];
        for (int i = 0; i < n; i++) {
            genre[i] = i % genres;
            float[][] mel = new float[MapFeatures.N_MELS][frames];
            float[][] chroma = new float[12][frames];
            double level = rng.nextGaussian();
            double tone = rng.nextGaussian();
            for (int r = 0; r < mel.length; r++) {
                for (int t = 0; t < frames; t++) {
                    mel[r][t] = (float) (rng.nextGaussian() * 0.3 + (r == 0 ? level : 0)
                            + (r / 8 == genre[i] ? 1 : 0));
                }
            }
            for (int r = 0; r < 12; r++) {
                for (int t = 0; t < frames; t++) {
                    chroma[r][t] = (float) (rng.nextGaussian() * 0.3 + (r == 0 ? tone : 0));
                }
            }
            int[] beats = IntStream.iterate(5, b -> b < frames, b -> b + 5).toArray();
            ids.add("clip" + i);
            maps.add(new FeatureMaps(mel, chroma, beats));
            targets[i][0] = level + 0.3 * rng.nextGaussian();
            targets[i][1] = 3 + 2 * tone + 0.3 * rng.nextGaussian();
        }
        List<String> genreNames = new ArrayList<>();
        for (int g = 0; g < genres; g++) {
            genreNames.add("genre" + g);
        }
        return new Clips("embedded", "synthetic test clips", ids, ids, genre, genreNames, targets,
                List.of("level", "tone"), maps, Grouping.TRACK, List.of(), "test");
    }
}

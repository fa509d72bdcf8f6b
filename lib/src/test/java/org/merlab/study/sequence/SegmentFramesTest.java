package org.merlab.study.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.FeatureTables;
import org.merlab.data.Gems;
import org.merlab.data.LoadedDataset;
import org.merlab.data.LogMelSequences;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;
import org.merlab.study.StudyData;
import org.merlab.study.StudyException;
import org.merlab.testing.ToneTracks;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class SegmentFramesTest {

    private static final SequenceToys TOYS = SequenceToys.labelled(15, 4);

    @TempDir
    Path tmp;

    @Test
    void aStudyTablesRowsFindTheirTracksSegmentsInOrder() throws Exception {
        // Track 1 is a 2 s tone at 220 Hz that jumps to 3520 Hz after 1 s; track 2 stays at 3520 Hz.
        List<EmotifyTrack> tracks = List.of(tone(1, 220, Gems.SADNESS), tone(2, 3520, Gems.CALMNESS));
        StudyData data = new StudyData(new LoadedDataset<>("t", tracks, List.of()), tmp, "sha256:x", 0);
        Samples table = data.segments(2, null, 1).samples();
        SegmentFrames frames = SegmentFrames.load(data, 2, new SequenceSettings(32, 4, 1, 1, 2), null, 1);
        float[][][] x = frames.of(table);
        assertEquals(4, x.length);
        assertEquals(32, x[0].length);
        assertEquals(4, x[0][0].length);
        int low = loudestBand(x[0]);
        assertTrue(low < loudestBand(x[1]), "segment 0 of track 1 is the low half: bands " + low + ", "
                + loudestBand(x[1]));
        assertEquals(loudestBand(x[1]), loudestBand(x[2]));
        assertEquals(loudestBand(x[2]), loudestBand(x[3]));
    }

    private EmotifyTrack tone(int id, double firstHz, Gems dominant) throws Exception {
        return ToneTracks.write(tmp, id, dominant, firstHz, 3520);
    }

    /** The band with the most energy at the middle step. */
    private static int loudestBand(float[][] map) {
        int best = 0;
        for (int b = 1; b < map.length; b++) {
            if (map[b][2] > map[best][2]) {
                best = b;
            }
        }
        return best;
    }

    @Test
    void everyRowOfAnHonestFoldGetsItsOwnSegmentsFrames() {
        SegmentFrames frames = TOYS.frames();
        FoldSet folds = Protocol.HONEST.folds(TOYS.table, FoldOptions.DEFAULT.withFolds(3), 7);
        for (int f = 0; f < folds.size(); f++) {
            Split prepared = folds.prepared(f);
            for (Samples part : List.of(prepared.train().realRows(), prepared.validation(), prepared.test())) {
                float[][][] x = frames.of(part);
                for (String track : part.groups()) {
                    // The toy's only feature is the row's index in the table, which standardising keeps in order.
                    int[] rows = IntStream.range(0, part.size()).filter(i -> part.group(i).equals(track)).boxed()
                            .sorted(Comparator.comparingDouble(i -> part.row(i)[0])).mapToInt(i -> i).toArray();
                    for (int s = 0; s < rows.length; s++) {
                        float expected = 100f * Integer.parseInt(track) + s;
                        assertEquals(expected, x[rows[s]][0][0], "fold " + f + ", track " + track + ", segment " + s);
                    }
                }
            }
        }
    }

    @Test
    void poolsEqualBlocksOfConsecutiveFramesToBandsBySteps() {
        // One segment of 10 frames whose value is the frame index; 4 steps take frames [0,3) [3,5) [5,8) [8,10).
        float[][] frames = new float[10][2];
        for (int t = 0; t < 10; t++) {
            frames[t] = new float[] {t, -t};
        }
        Table keys = Table.create("keys", IntColumn.create(FeatureTables.TRACK_ID, new int[] {5}),
                IntColumn.create(FeatureTables.SEGMENT, new int[] {0}));
        SegmentFrames pooled = SegmentFrames.of(new LogMelSequences(keys, List.<float[][]>of(frames), 2, List.of(), 0, 0), 4);
        Samples row = new Samples(new double[][] {{0}}, new int[] {0}, new String[] {"5"}, List.of("a"));
        float[][] map = pooled.of(row)[0];
        assertArrayEquals(new float[] {1, 3.5f, 6, 8.5f}, map[0]);
        assertArrayEquals(new float[] {-1, -3.5f, -6, -8.5f}, map[1]);
        assertEquals(2, pooled.nMels());
        assertEquals(4, pooled.steps());
    }

    @Test
    void anUnknownTrackFailsNamingTheRowAndTrack() {
        Samples stranger = new Samples(new double[][] {{0}}, new int[] {0}, new String[] {"999"}, TOYS.table.classes());
        var e = assertThrows(StudyException.class, () -> TOYS.frames().of(stranger));
        assertTrue(e.getMessage().startsWith("row 0: track '999' has no log-mel frames here (15 tracks)"),
                e.getMessage());
    }

    @Test
    void aPartWithOnlySomeOfATracksSegmentsIsRefused() {
        Samples some = TOYS.table.subset(new int[] {0, 1, 2});
        var e = assertThrows(StudyException.class, () -> TOYS.frames().of(some));
        assertTrue(e.getMessage().contains("track '0' has 3 rows here but 4 segments"), e.getMessage());
    }

    @Test
    void smoteRowsHaveNoFrames() {
        Samples smote = Protocol.HONEST.folds(TOYS.table, FoldOptions.DEFAULT.withFolds(3), 7).prepared(0).train();
        var e = assertThrows(StudyException.class, () -> TOYS.frames().of(smote));
        assertTrue(e.getMessage().contains("is a SMOTE row"), e.getMessage());
    }

    @Test
    void segmentsShorterThanTheStepsAreRefused() {
        var e = assertThrows(StudyException.class, () -> SegmentFrames.of(TOYS.sequences, SequenceToys.FRAMES + 1));
        assertEquals("segment 0 of track 0 has 20 frames, fewer than the 21 steps to pool them to", e.getMessage());
    }

    @Test
    void aRepeatedSegmentIsRefused() {
        Table keys = Table.create("keys", IntColumn.create(FeatureTables.TRACK_ID, new int[] {1, 1}),
                IntColumn.create(FeatureTables.SEGMENT, new int[] {0, 0}));
        float[][] frames = new float[8][1];
        var e = assertThrows(StudyException.class, () -> SegmentFrames.of(
                new LogMelSequences(keys, List.of(frames, frames), 1, List.of(), 0, 0), 4));
        assertEquals("track 1 has 2 segments, but segment 0 is out of 0..1 or repeated", e.getMessage());
    }
}

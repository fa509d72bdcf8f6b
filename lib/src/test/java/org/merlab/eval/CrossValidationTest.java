package org.merlab.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.testing.SyntheticTracks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossValidationTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String DATA_PRINT = "sha256:" + "ab".repeat(32);
    /** 3 separable classes of 6, 10 and 14 tracks with 4 segments each. */
    private static final Samples DATA = SyntheticTracks.generate(new int[] {6, 10, 14}, 4, 3, 3, 0.3, 0.3, 8);
    private static final FoldSet FOLDS = Protocol.HONEST.folds(DATA, FoldOptions.DEFAULT, 1);
    private static final CvUnit UNIT = new CvUnit("planted", 4, "centroid", 42, Map.of("distance", "euclidean"));

    @TempDir
    Path dir;

    @Test
    void poolsOnePredictionPerRowFromModelsThatNeverSawItsTrack() {
        Centroids learner = new Centroids();
        OutOfFold oof = CrossValidation.run(FOLDS, UNIT, learner);
        assertEquals(5, learner.fits);
        assertEquals(DATA.size(), oof.size());
        Map<String, Integer> rowsPerTrack = new HashMap<>();
        String[] tracks = oof.tracks();
        int[] fold = oof.fold();
        for (int i = 0; i < oof.size(); i++) {
            rowsPerTrack.merge(tracks[i], 1, Integer::sum);
            assertTrue(FOLDS.fold(fold[i]).test().groups().contains(tracks[i]), "row " + i);
            assertTrue(!learner.seenTracks.get(fold[i]).contains(tracks[i]), "fold " + fold[i] + " saw " + tracks[i]);
        }
        assertEquals(new HashSet<>(DATA.groups()), rowsPerTrack.keySet());
        rowsPerTrack.values().forEach(n -> assertEquals(4, n));
        assertEquals(FOLDS.clusterOf(tracks[0]), oof.clusters()[0]);
        assertTrue(oof.evaluation(BootstrapOptions.NONE).accuracy() > 0.9, oof.evaluation(BootstrapOptions.NONE).summary());
        assertArrayEquals(FOLDS.trainingShares(2), oof.trainingShares()[2]);
        assertEquals(5, oof.histories().size());
        assertArrayEquals(new boolean[5], oof.restored());
    }

    @Test
    void everyFoldGetsItsOwnRepeatableSeed() {
        Centroids a = new Centroids();
        Centroids b = new Centroids();
        CrossValidation.run(FOLDS, UNIT, a);
        CrossValidation.run(FOLDS, UNIT, b);
        assertEquals(a.seeds, b.seeds);
        assertEquals(5, new HashSet<>(a.seeds).size());
        assertEquals(CrossValidation.foldSeed(42, 3), a.seeds.get(3));
    }

    @Test
    void aStoppedRunResumesWhereItEndedAndPoolsTheSamePredictions() throws IOException {
        OutOfFold fresh = CrossValidation.run(FOLDS, UNIT, new Centroids());
        ResultStore store = ResultStore.open(dir, COMMIT, DATA_PRINT);
        assertThrows(IllegalStateException.class, () -> CrossValidation.run(FOLDS, UNIT, new Centroids(2), store));
        assertEquals(2, entries());

        Centroids resumed = new Centroids();
        OutOfFold second = CrossValidation.run(FOLDS, UNIT, resumed, store);
        assertEquals(3, resumed.fits);
        assertArrayEquals(new boolean[] {true, true, false, false, false}, second.restored());

        Centroids none = new Centroids();
        OutOfFold third = CrossValidation.run(FOLDS, UNIT, none, store);
        assertEquals(0, none.fits);
        assertArrayEquals(new boolean[] {true, true, true, true, true}, third.restored());
        for (OutOfFold again : List.of(second, third)) {
            assertArrayEquals(fresh.probabilities(), again.probabilities());
            assertArrayEquals(fresh.truth(), again.truth());
            assertArrayEquals(fresh.tracks(), again.tracks());
            for (int f = 0; f < 5; f++) {
                assertArrayEquals(fresh.histories().get(f).get("validationAccuracy"),
                        again.histories().get(f).get("validationAccuracy"));
            }
        }
    }

    @Test
    void aChangedParameterCommitFingerprintOrFoldSetRecomputes() {
        ResultStore store = ResultStore.open(dir, COMMIT, DATA_PRINT);
        assertEquals(5, fits(FOLDS, UNIT, store));
        assertEquals(0, fits(FOLDS, UNIT, store));
        assertEquals(5, fits(FOLDS, new CvUnit("planted", 4, "centroid", 42, Map.of("distance", "manhattan")), store));
        assertEquals(5, fits(FOLDS, new CvUnit("planted", 4, "centroid", 43, UNIT.parameters()), store));
        assertEquals(5, fits(FOLDS, UNIT, ResultStore.open(dir, COMMIT.replace('a', 'b'), DATA_PRINT)));
        assertEquals(5, fits(FOLDS, UNIT, ResultStore.open(dir, COMMIT, DATA_PRINT.replace('a', 'c'))));
        assertEquals(5, fits(Protocol.HONEST.folds(DATA, FoldOptions.DEFAULT, 2), UNIT, store));
        assertEquals(5, fits(Protocol.HONEST.folds(DATA, new FoldOptions(5, 0.25, 5,
                FoldOptions.DEFAULT.grouping()), 1), UNIT, store));
        assertEquals(0, fits(FOLDS, UNIT, store));
    }

    @Test
    void aStoredResultForOtherRowsIsAnError() {
        ResultStore store = ResultStore.open(dir, COMMIT, DATA_PRINT);
        CrossValidation.run(FOLDS, UNIT, new Centroids(), store);
        // the same tracks, labels and folds, other features: as if the data changed and its fingerprint did not
        Samples changed = SyntheticTracks.generate(new int[] {6, 10, 14}, 4, 3, 3, 0.3, 0.3, 9);
        FoldSet other = Protocol.HONEST.folds(changed, FoldOptions.DEFAULT, 1);
        StoreException e = assertThrows(StoreException.class,
                () -> CrossValidation.run(other, UNIT, new Centroids(), store));
        assertTrue(e.getMessage().contains(".json") && e.getMessage().contains("do not match"), e.getMessage());
    }

    @Test
    void badProbabilitiesNameTheModelAndFold() {
        Learner broken = (train, validation, seed) -> rows -> new double[rows.size()][2];
        EvalException e = assertThrows(EvalException.class, () -> CrossValidation.run(FOLDS, UNIT, broken));
        assertTrue(e.getMessage().contains("centroid") && e.getMessage().contains("fold 0"), e.getMessage());
    }

    @Test
    void thePublishedProtocolPoolsTheSmoteRowsToo() {
        FoldSet published = Protocol.PUBLISHED.folds(DATA, FoldOptions.DEFAULT, 1);
        OutOfFold oof = CrossValidation.run(published, UNIT, new Centroids());
        // SMOTE brought every class to 14 tracks x 4 segments before the folds
        assertEquals(3 * 56, oof.size());
        assertEquals(DATA.size(), oof.realRows().size());
        Set<String> real = new HashSet<>(List.of(oof.realRows().tracks()));
        assertEquals(new HashSet<>(DATA.groups()), real);
    }

    private static int fits(FoldSet folds, CvUnit unit, ResultStore store) {
        Centroids learner = new Centroids();
        CrossValidation.run(folds, unit, learner, store);
        return learner.fits;
    }

    private long entries() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}

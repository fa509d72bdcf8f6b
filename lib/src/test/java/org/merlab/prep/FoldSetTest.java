package org.merlab.prep;

import org.junit.jupiter.api.Test;
import org.merlab.testing.SyntheticTracks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoldSetTest {

    /** 3 classes with 3, 20 and 40 tracks of 6 segments: class0 has fewer tracks than the 5 folds (Emotify's amazement). */
    private static final Samples DATA = SyntheticTracks.generate(new int[] {3, 20, 40}, 6, 4, 1, 1, 0.1, 11);
    private static final FoldSet HONEST = Protocol.HONEST.folds(DATA, FoldOptions.DEFAULT, 7);

    @Test
    void everyFoldIsLeakFreeAndEveryTrackIsTestedOnce() {
        assertEquals(5, HONEST.size());
        Set<String> tested = new HashSet<>();
        for (int f = 0; f < HONEST.size(); f++) {
            Fold fold = HONEST.fold(f);
            assertEquals(f, fold.index());
            assertDoesNotThrow(() -> LeakageCheck.requireDisjointTracks(fold.split()));
            assertDoesNotThrow(() -> LeakageCheck.requireDisjointTracks(HONEST.prepared(fold.index())));
            assertEquals(0, HONEST.leakage(f).leakedShare());
            assertEquals(DATA.size(), fold.train().size() + fold.validation().size() + fold.test().size());
            for (String track : fold.test().groups()) {
                assertTrue(tested.add(track), "track " + track + " in two test folds");
            }
        }
        assertEquals(new HashSet<>(DATA.groups()), tested);
    }

    @Test
    void testFoldsAndInnerValidationAreStratifiedByTrack() {
        for (Fold fold : HONEST.folds()) {
            int[] test = tracksPerClass(fold.test());
            assertEquals(4, test[1], "fold " + fold.index());
            assertEquals(8, test[2], "fold " + fold.index());
            int[] train = tracksPerClass(fold.train());
            int[] validation = tracksPerClass(fold.validation());
            int trainingTracks = 0;
            int validationTracks = 0;
            for (int c = 0; c < 3; c++) {
                int outer = train[c] + validation[c];
                // largest remainder: floor(0.2 n) or one more, and never the class's last training track
                assertTrue(validation[c] == (int) Math.floor(0.2 * outer) || validation[c] == (int) Math.floor(0.2 * outer) + 1,
                        "fold " + fold.index() + " class " + c + ": " + validation[c] + " of " + outer);
                assertTrue(train[c] >= 1, "fold " + fold.index() + " class " + c + " has no training track");
                trainingTracks += outer;
                validationTracks += validation[c];
            }
            assertEquals(Math.round(0.2 * trainingTracks), validationTracks, "fold " + fold.index());
        }
    }

    @Test
    void aClassWithFewerTracksThanFoldsIsTestedInAsManyFoldsAndStated() {
        List<SparseClass> sparse = HONEST.sparseClasses();
        assertEquals(1, sparse.size(), sparse.toString());
        SparseClass amazement = sparse.get(0);
        assertEquals("class0", amazement.name());
        assertEquals(3, amazement.groups());
        List<Integer> withoutTest = new ArrayList<>();
        for (Fold fold : HONEST.folds()) {
            int tested = tracksPerClass(fold.test())[0];
            assertTrue(tested <= 1, "fold " + fold.index() + " tests " + tested + " class0 tracks");
            if (tested == 0) {
                withoutTest.add(fold.index());
            }
            assertTrue(tracksPerClass(fold.train())[0] >= 2, "fold " + fold.index());
        }
        assertEquals(withoutTest, amazement.foldsWithoutTest());
        assertEquals(2, withoutTest.size());
        assertEquals(List.of(), amazement.foldsWithoutTraining());
        String statement = HONEST.statement();
        assertTrue(statement.contains("5-fold") && statement.contains("grouped by track"), statement);
        assertTrue(statement.contains("class0 (3 tracks)") && statement.contains(withoutTest.toString()), statement);
    }

    @Test
    void aClassWithOneTrackHasNoTrainingRowsWhereItIsTested() {
        Samples data = SyntheticTracks.generate(new int[] {1, 10, 10}, 4, 3, 1, 1, 0.1, 2);
        FoldSet folds = Protocol.HONEST.folds(data, FoldOptions.DEFAULT, 1);
        SparseClass single = folds.sparseClasses().get(0);
        int testedIn = -1;
        for (Fold fold : folds.folds()) {
            testedIn = tracksPerClass(fold.test())[0] == 1 ? fold.index() : testedIn;
        }
        assertEquals(List.of(testedIn), single.foldsWithoutTraining());
        assertEquals(0, folds.prepared(testedIn).train().classCounts()[0]);
        assertTrue(folds.statement().contains("no training track in fold " + List.of(testedIn)), folds.statement());
    }

    @Test
    void smoteAndScalerAreFittedOnTheTrainingPartOnly() {
        Fold fold = HONEST.fold(0);
        Split unscaled = HONEST.unscaled(0);
        int[] counts = unscaled.train().classCounts();
        assertEquals(counts[2], counts[0]);
        assertEquals(counts[2], counts[1]);
        assertTrue(unscaled.train().realRows().size() < unscaled.train().size());
        assertEquals(fold.train(), unscaled.train().realRows());
        assertEquals(fold.validation(), unscaled.validation());
        assertEquals(fold.test(), unscaled.test());

        StandardScaler scaler = StandardScaler.fit(unscaled.train());
        Split prepared = HONEST.prepared(0);
        assertEquals(scaler.transform(unscaled.train()), prepared.train());
        assertEquals(scaler.transform(fold.validation()), prepared.validation());
        assertEquals(scaler.transform(fold.test()), prepared.test());
    }

    @Test
    void trainingSharesAreTheRealOuterTrainingRows() {
        Fold fold = HONEST.fold(1);
        Samples outer = fold.train().concat(fold.validation());
        int[] counts = outer.classCounts();
        double[] shares = HONEST.trainingShares(1);
        for (int c = 0; c < 3; c++) {
            assertEquals(counts[c] / (double) outer.size(), shares[c], 1e-12);
        }
    }

    @Test
    void seedDecidesTheFolds() {
        FoldSet again = Protocol.HONEST.folds(DATA, FoldOptions.DEFAULT, 7);
        FoldSet other = Protocol.HONEST.folds(DATA, FoldOptions.DEFAULT, 8);
        for (int f = 0; f < 5; f++) {
            assertEquals(HONEST.fold(f), again.fold(f));
            assertEquals(HONEST.prepared(f), again.prepared(f));
        }
        assertNotEquals(HONEST.fold(0).test().groups(), other.fold(0).test().groups());
    }

    @Test
    void groupingByArtistKeepsArtistsOnOneSide() {
        Samples data = SyntheticTracks.generate(new int[] {10, 20, 30}, 4, 3, 1, 1, 0.1, 4);
        Map<String, String> artistOf = new HashMap<>();
        for (String track : data.groups()) {
            // tracks of a class are numbered consecutively, so each artist sings one class
            artistOf.put(track, "a" + Integer.parseInt(track.substring(1)) / 2);
        }
        Grouping artist = Grouping.of("artist", artistOf);
        FoldSet folds = Protocol.HONEST.folds(data, FoldOptions.DEFAULT.withGrouping(artist), 3);
        for (Fold fold : folds.folds()) {
            Set<String> seen = artists(fold.train(), artist);
            Set<String> validation = artists(fold.validation(), artist);
            Set<String> test = artists(fold.test(), artist);
            assertTrue(disjoint(seen, validation) && disjoint(seen, test) && disjoint(validation, test),
                    "fold " + fold.index());
            assertDoesNotThrow(() -> LeakageCheck.requireDisjoint(folds.prepared(fold.index()), artist));
        }
        assertTrue(folds.statement().contains("grouped by artist"), folds.statement());
        assertEquals("a3", folds.clusterOf("t7"));
    }

    @Test
    void publishedFoldsSplitTheSegmentsOfTheSmoteTable() {
        FoldSet published = Protocol.PUBLISHED.folds(DATA, FoldOptions.DEFAULT, 7);
        Fold fold = published.fold(0);
        // SMOTE brought every class to 40 tracks x 6 segments before the split
        assertEquals(3 * 240, fold.train().size() + fold.validation().size() + fold.test().size());
        assertArrayEquals(new int[] {48, 48, 48}, fold.test().classCounts());
        assertTrue(published.leakage(0).leakedShare() > 0.9, published.leakage(0).toString());
        assertEquals(fold.split(), published.unscaled(0));
        assertTrue(published.statement().contains("segments"), published.statement());
    }

    @Test
    void rejectsFoldSetsThatCannotBeMade() {
        Samples few = SyntheticTracks.generate(new int[] {2, 2}, 3, 2, 1, 1, 0.1, 5);
        PrepException tooMany = assertThrows(PrepException.class,
                () -> Protocol.HONEST.folds(few, FoldOptions.DEFAULT, 1));
        assertTrue(tooMany.getMessage().contains("4 tracks"), tooMany.getMessage());
        // 2 folds leave each class 1 training track, which must stay in training: no validation track at all
        PrepException empty = assertThrows(PrepException.class,
                () -> Protocol.HONEST.folds(few, FoldOptions.DEFAULT.withFolds(2), 1));
        assertTrue(empty.getMessage().contains("inner validation part of fold"), empty.getMessage());
        assertDoesNotThrow(() -> Protocol.HONEST.folds(few, new FoldOptions(2, 0, 5, Grouping.TRACK), 1));
    }

    static int[] tracksPerClass(Samples s) {
        Map<String, Integer> labels = Tracks.majorityLabels(s.group(), s.y(), s.numClasses());
        int[] counts = new int[s.numClasses()];
        labels.values().forEach(c -> counts[c]++);
        return counts;
    }

    private static Set<String> artists(Samples s, Grouping artist) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            keys.addAll(artist.keysOf(s.group(i)));
        }
        return keys;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.isEmpty();
    }
}

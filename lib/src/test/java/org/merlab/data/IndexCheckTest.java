package org.merlab.data;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexCheckTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static DatasetIndex.Entry entry(String path, OptionalInt track) {
        return new DatasetIndex.Entry(path, track, 10, A, OptionalDouble.empty());
    }

    @Test
    void aCleanCheckIsOkAndHasNoProblems() {
        IndexCheck check = new IndexCheck(Path.of("/d"), 2, List.of(), List.of(), List.of());
        assertTrue(check.ok());
        assertEquals(List.of(), check.problems());
        assertEquals("/d: 2 of 2 indexed files present, 0 missing, 0 changed, 0 extra", check.summary());
    }

    @Test
    void anyMissingChangedOrExtraFileFailsAndIsListedInThatOrder() {
        DatasetIndex.Entry track = entry("rock/47.mp3", OptionalInt.of(147));
        DatasetIndex.Entry csv = entry("emotions.csv", OptionalInt.empty());
        IndexCheck check = new IndexCheck(Path.of("/d"), 1, List.of(track),
                List.of(new IndexCheck.Changed(csv, 10, B)), List.of("README.md"));

        assertFalse(check.ok());
        assertEquals(List.of("missing rock/47.mp3 (track 147)",
                "changed emotions.csv: 10 bytes, sha256 " + B + " (index: 10 bytes, sha256 " + A + ")",
                "extra README.md"), check.problems());
        assertEquals("/d: 1 of 2 indexed files present, 1 missing, 1 changed, 1 extra", check.summary());
        assertFalse(new IndexCheck(Path.of("/d"), 0, List.of(), List.of(), List.of("x")).ok(), "extra alone fails");
    }
}

package org.merlab.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultStoreTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String DATA = "sha256:" + "ab".repeat(32);
    private static final UnitKey KEY = new UnitKey("planted", 20, "honest", 3, 42, "KNN", Map.of("k", "5"));
    private static final FoldResult RESULT = new FoldResult(3, "sha256:rows", new int[] {0, 2},
            new String[] {"t1", "t2"}, new double[][] {{0.25, 0.75, 0}, {0.1, 0.2, 0.7}},
            Map.of("trainLoss", new double[] {2.2, 1 / 3.0}, "valLoss", new double[] {Double.NaN, 0.5}), 1.5);

    @TempDir
    Path dir;

    @Test
    void writesAtomicallyAndReadsBackExactly() throws IOException {
        ResultStore store = ResultStore.open(dir, COMMIT, DATA);
        assertEquals(Optional.empty(), store.read(KEY));
        Path file = store.write(KEY, RESULT);
        assertEquals(store.path(KEY), file);
        assertEquals(Optional.of(RESULT), store.read(KEY));
        assertEquals(Optional.of(RESULT), ResultStore.open(dir, COMMIT, DATA).read(KEY));
        try (Stream<Path> all = Files.walk(dir)) {
            // nothing but the one entry: no temp file left behind
            assertEquals(List.of(file), all.filter(Files::isRegularFile).toList());
        }
        String json = Files.readString(file);
        assertTrue(json.contains(COMMIT) && json.contains(DATA) && json.contains("\"k\" : \"5\""), json);
    }

    @Test
    void everyPartOfTheKeyNamesADifferentFile() {
        ResultStore store = ResultStore.open(dir, COMMIT, DATA);
        Path file = store.path(KEY);
        assertEquals(dir.resolve("planted").resolve("KNN"), file.getParent());
        assertTrue(file.getFileName().toString().matches("n20-honest-seed42-fold3-[0-9a-f]{16}\\.json"),
                file.toString());
        assertNotEquals(file, store.path(new UnitKey("planted", 20, "honest", 3, 42, "KNN", Map.of("k", "7"))));
        assertNotEquals(file, ResultStore.open(dir, COMMIT.replace('0', '1'), DATA).path(KEY));
        assertNotEquals(file, ResultStore.open(dir, COMMIT, DATA.replace('a', 'c')).path(KEY));
        assertEquals(file, ResultStore.open(dir, COMMIT, DATA).path(
                new UnitKey("planted", 20, "honest", 3, 42, "KNN", new java.util.TreeMap<>(Map.of("k", "5")))));
    }

    @Test
    void aCorruptEntryIsAnErrorNamingTheFile() throws IOException {
        ResultStore store = ResultStore.open(dir, COMMIT, DATA);
        Path file = store.write(KEY, RESULT);
        Files.writeString(file, Files.readString(file).substring(0, 40));
        StoreException e = assertThrows(StoreException.class, () -> store.read(KEY));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("delete"), e.getMessage());

        Files.writeString(file, "{\"format\": \"merlab-cv-fold/1\"}");
        StoreException missing = assertThrows(StoreException.class, () -> store.read(KEY));
        assertTrue(missing.getMessage().contains(file.toString()), missing.getMessage());
    }

    @Test
    void anEntryUnderAnotherUnitsNameIsAnError() throws IOException {
        ResultStore store = ResultStore.open(dir, COMMIT, DATA);
        UnitKey other = new UnitKey("planted", 20, "honest", 4, 42, "KNN", Map.of("k", "5"));
        Files.createDirectories(store.path(other).getParent());
        Files.copy(store.write(KEY, RESULT), store.path(other));
        StoreException e = assertThrows(StoreException.class, () -> store.read(other));
        assertTrue(e.getMessage().contains("another unit"), e.getMessage());
    }

    @Test
    void rejectsNamesThatCannotBeFileNames() {
        EvalException study = assertThrows(EvalException.class,
                () -> new UnitKey("a/b", 20, "honest", 0, 1, "KNN", Map.of()));
        assertTrue(study.getMessage().contains("'a/b'"), study.getMessage());
        assertThrows(EvalException.class, () -> new UnitKey("s", 20, "honest", 0, 1, "..", Map.of()));
        assertThrows(EvalException.class, () -> new UnitKey("s", 20, "honest", -1, 1, "KNN", Map.of()));
        assertThrows(EvalException.class, () -> ResultStore.open(dir, " ", DATA));
        assertThrows(EvalException.class, () -> ResultStore.open(dir, COMMIT, ""));
    }
}

package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.AudioException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchExtractorTest {

    @TempDir
    Path tmp;

    private List<Path> files(int n) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Files.writeString(tmp.resolve(i + ".txt"), "x".repeat(i + 1)));
        }
        return out;
    }

    /** Rows derived from the file's size, so results can be checked per file. */
    private static double[][] sizeRows(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 3) {
            throw new AudioException(file, "corrupt");
        }
        return new double[][] {{size, size * 2.0}};
    }

    @Test
    void keepsOrderSkipsBadFilesAndReportsEveryFile() throws IOException {
        List<Path> files = files(6);
        AtomicInteger done = new AtomicInteger();
        var result = BatchExtractor.run(files, BatchExtractorTest::sizeRows, "p", null, 2, f -> done.incrementAndGet());
        assertEquals(6, done.get());
        assertEquals(1, result.skipped().size());
        assertEquals(files.get(2), result.skipped().getFirst().file());
        assertTrue(result.skipped().getFirst().reason().contains("corrupt"));
        assertEquals(List.of(files.get(0), files.get(1), files.get(3), files.get(4), files.get(5)),
                List.copyOf(result.rows().keySet()));
        assertEquals(5.0, result.rows().get(files.get(4))[0][0]);
    }

    @Test
    void secondRunComesFromCacheAndParameterChangeRecomputes() throws IOException {
        List<Path> files = files(4);
        FeatureCache cache = new FeatureCache(tmp.resolve("cache"));
        AtomicInteger calls = new AtomicInteger();
        BatchExtractor.FileExtractor counting = f -> {
            calls.incrementAndGet();
            return sizeRows(f);
        };
        BatchExtractor.run(files, counting, "n=20", cache, 2, f -> { });
        assertEquals(4, calls.get());
        var again = BatchExtractor.run(files, counting, "n=20", cache, 2, f -> { });
        assertEquals(4 + 1, calls.get(), "only the failing file is retried");
        assertEquals(3, again.cacheHits());
        BatchExtractor.run(files, counting, "n=10", cache, 1, f -> { });
        assertEquals(5 + 4, calls.get());
    }

    @Test
    void badInputOfAnyStageIsSkippedButAProgrammingErrorStopsTheBatchNamingTheFile() throws IOException {
        List<Path> files = files(3);
        var result = BatchExtractor.run(files, f -> {
            if (Files.size(f) == 1) {
                throw new ParameterException("a segment needs at least 2048 samples, got 1");
            }
            if (Files.size(f) == 2) {
                throw new java.nio.file.NoSuchFileException(f.toString());
            }
            return new double[][] {{1}};
        }, "p", null, 2, f -> { });
        assertEquals(List.of(files.get(0), files.get(1)), result.skipped().stream().map(BatchExtractor.Skipped::file)
                .toList());
        assertTrue(result.skipped().get(1).reason().startsWith("cannot read: "), result.skipped().get(1).reason());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BatchExtractor.run(files, f -> {
            if (Files.size(f) == 2) {
                throw new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 5");
            }
            return new double[][] {{1}};
        }, "p", null, 2, f -> { }));
        assertTrue(e.getMessage().contains(files.get(1).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("programming error"), e.getMessage());
        assertTrue(e.getCause() instanceof ArrayIndexOutOfBoundsException, String.valueOf(e.getCause()));
        assertThrows(IllegalStateException.class, () -> BatchExtractor.run(files, f -> {
            throw new IllegalArgumentException("a plain IllegalArgumentException is a bug, not bad input");
        }, "p", null, 1, f -> { }));
    }

    @Test
    void rejectsZeroThreads() {
        assertThrows(IllegalArgumentException.class,
                () -> BatchExtractor.run(List.of(), f -> new double[0][], "p", null, 0, f -> { }));
    }
}

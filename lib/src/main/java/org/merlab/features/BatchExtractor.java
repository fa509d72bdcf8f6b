package org.merlab.features;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.merlab.io.BadInput;

/**
 * Extracts features from many audio files in parallel, through an optional {@link FeatureCache}. A file that is bad
 * input (unreadable, or failing with a {@link BadInput} exception such as {@code AudioException} or
 * {@link ParameterException}) is skipped and listed with its reason; the others are still extracted. Any other
 * exception is a programming error: it stops the batch, naming the file it happened on. Results keep the input order.
 */
public final class BatchExtractor {

    /** Per-file extraction: one row per segment (or frame), rectangular. */
    @FunctionalInterface
    public interface FileExtractor {
        double[][] extract(Path file) throws IOException;
    }

    /** A file that could not be extracted, and why. */
    public record Skipped(Path file, String reason) {
    }

    /** Rows per extracted file in input order, the skipped files, and how many came from the cache. */
    public record Result(Map<Path, double[][]> rows, List<Skipped> skipped, int cacheHits) {
    }

    private BatchExtractor() {
    }

    /**
     * @param parameterSignature everything that changes the output besides the audio bytes (feature set, sr, N, code
     *                           version); part of the cache key
     * @param cache              null for no caching
     * @param threads            worker threads, at least 1
     * @param onFileDone         called once per file (extracted, cached or skipped), from worker threads
     */
    public static Result run(List<Path> files, FileExtractor extractor, String parameterSignature, FeatureCache cache,
                             int threads, Consumer<Path> onFileDone) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        record Outcome(double[][] rows, Skipped skipped, boolean cached) {
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    try {
                        String key = cache == null ? null : FeatureCache.key(file, parameterSignature);
                        if (key != null) {
                            var hit = cache.get(key);
                            if (hit.isPresent()) {
                                return new Outcome(hit.get(), null, true);
                            }
                        }
                        double[][] rows = extractor.extract(file);
                        if (key != null) {
                            cache.put(key, rows);
                        }
                        return new Outcome(rows, null, false);
                    } catch (IOException e) {
                        return new Outcome(null, new Skipped(file, "cannot read: " + e.getMessage()), false);
                    } catch (RuntimeException e) {
                        if (!(e instanceof BadInput)) {
                            throw e;
                        }
                        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        return new Outcome(null, new Skipped(file, message), false);
                    } finally {
                        onFileDone.accept(file);
                    }
                }));
            }
            Map<Path, double[][]> rows = new LinkedHashMap<>();
            List<Skipped> skipped = new ArrayList<>();
            int hits = 0;
            for (int i = 0; i < files.size(); i++) {
                Outcome o = outcome(futures.get(i), files.get(i));
                if (o.skipped() != null) {
                    skipped.add(o.skipped());
                } else {
                    rows.put(files.get(i), o.rows());
                    hits += o.cached() ? 1 : 0;
                }
            }
            return new Result(rows, List.copyOf(skipped), hits);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task's result; an error it threw is rethrown, a programming error wrapped with the file it hit. */
    private static <T> T outcome(Future<T> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("feature extraction interrupted at " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("feature extraction of " + file + " failed with a programming error "
                    + "(not bad input, so the batch stops): " + e.getCause(), e.getCause());
        }
    }
}

package org.merlab.cli;

import org.merlab.audio.Audio;
import org.merlab.features.BatchExtractor;
import org.merlab.features.FeatureCache;
import org.merlab.features.PaperFeatures;
import org.merlab.io.AtomicFiles;
import org.merlab.io.Progress;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code merlab features}: the paper's 28 librosa features for every segment of every file, one CSV row a segment.
 * Files that cannot be decoded are reported on stderr and skipped; the rest are still written, and the exit code is 1.
 */
@Command(name = "features", description = {
        "Extract the CNN-LSTM paper's 28 librosa features per segment, as CSV.",
        "Chroma, rms, spectral centroid/bandwidth/rolloff, zero-crossing rate, harmonic mean, tempo and 20 MFCC means,",
        "librosa 0.10.2 defaults at 22050 Hz. Columns: file, n_segments, segment, then the 28 feature names."})
public final class FeaturesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--segments", defaultValue = "20", description = "equal segments per file, remainder dropped (default ${DEFAULT-VALUE})")
    private int segments;

    @Option(names = "--out", description = "CSV file to write (atomically); default standard output")
    private Path out;

    @Option(names = "--threads", description = "files processed in parallel (default: available processors)")
    private Integer threads;

    @Option(names = "--cache", description = "feature cache directory keyed by audio content and parameters (default: none)")
    private Path cacheDir;

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "WAV, MP3, Ogg Vorbis or FLAC files")
    private List<Path> files;

    @Override
    public Integer call() {
        if (segments < 1) {
            throw new ParameterException(spec.commandLine(), "--segments must be at least 1, got " + segments);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + workers);
        }
        FeatureCache cache = cacheDir == null ? null : new FeatureCache(cacheDir);
        BatchExtractor.Result result;
        try (Progress progress = Progress.start("features", files.size())) {
            result = BatchExtractor.run(files,
                    file -> PaperFeatures.ofSegments(Audio.load(file).samples(), segments, Audio.DEFAULT_SR, 1),
                    PaperFeatures.SIGNATURE + " segments=" + segments, cache, workers, file -> progress.step());
        }
        String csv = csv(result.rows(), segments);
        if (out == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, csv);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (BatchExtractor.Skipped s : result.skipped()) {
            err.println("skipped " + s.file() + ": " + s.reason());
        }
        err.printf("%d of %d files extracted (%d from cache), %d skipped%s%n", result.rows().size(), files.size(),
                result.cacheHits(), result.skipped().size(), out == null ? "" : "; wrote " + out);
        err.flush();
        return result.skipped().isEmpty() ? 0 : 1;
    }

    static String csv(Map<Path, double[][]> rows, int segments) {
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        w.print("file,n_segments,segment");
        PaperFeatures.COLUMNS.forEach(c -> w.print("," + c));
        w.println();
        rows.forEach((file, values) -> {
            for (int i = 0; i < values.length; i++) {
                w.print(quote(file.toString()) + "," + segments + "," + i);
                for (double v : values[i]) {
                    w.print("," + v);
                }
                w.println();
            }
        });
        w.flush();
        return text.toString();
    }

    private static String quote(String field) {
        return field.matches("[^\",\\n\\r]*") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }
}

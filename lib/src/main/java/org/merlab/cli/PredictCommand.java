package org.merlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.knowm.xchart.BitmapEncoder;
import org.merlab.audio.AudioException;
import org.merlab.bundle.BundleException;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentClassifier;
import org.merlab.bundle.Timeline;
import org.merlab.bundle.TimelineFormats;
import org.merlab.features.ParameterException;
import org.merlab.io.AtomicFiles;
import org.merlab.report.Plots;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merlab predict}: a model bundle applied to audio files of any length and any supported format, as an
 * emotion timeline per file (each segment's label probabilities) and a track summary (their mean). Files that cannot
 * be decoded are named on stderr and skipped; the exit code is 1 if any was, or if the bundle cannot be used.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class, description = {
        "Predict the emotion timeline of audio files (WAV, MP3, Ogg Vorbis, FLAC; any length) with a model bundle from",
        "'merlab train': one row per segment of the trained length with each label's probability, then the track's",
        "mean. Exit code 0 if every file was predicted, 1 if any failed (listed on stderr) or the bundle is unusable."})
public final class PredictCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { csv, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "a bundle directory or its zip")
    private Path bundlePath;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "audio files")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of standard output")
    private Path out;

    @Option(names = "--plot", paramLabel = "PNG", description = "also draw each timeline as a PNG chart: this file"
            + " for one audio file, NAME-<audio name>.png beside it for several")
    private Path plot;

    @Option(names = "--threads", description = "segments whose features are computed at once (default: processors)")
    private Integer threads;

    @Option(names = "--timings", description = "print decode, feature and network seconds per file on stderr")
    private boolean timings;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, got " + workers);
        }
        SegmentClassifier classifier;
        try {
            long start = System.nanoTime();
            classifier = SegmentClassifier.of(ModelBundle.read(bundlePath), workers);
            if (timings) {
                err.printf(Locale.ROOT, "bundle loaded in %.3f s%n", (System.nanoTime() - start) / 1e9);
            }
        } catch (BundleException e) {
            err.println("merlab predict: " + e.getMessage());
            err.flush();
            return 1;
        }
        ModelBundle bundle = classifier.bundle();
        List<Timeline> timelines = new ArrayList<>();
        List<TimelineFormats.Failed> failed = new ArrayList<>();
        for (Path file : files) {
            try {
                Timeline t = classifier.predict(file);
                timelines.add(t);
                t.warnings().forEach(w -> err.println("warning: " + w));
                if (timings) {
                    err.printf(Locale.ROOT, "%s: %.1f s of audio, %d segments: decode %.3f s, features %.3f s,"
                                    + " network %.3f s, total %.3f s%n", file, t.seconds(), t.segments().size(),
                            t.timings().decode(), t.timings().features(), t.timings().network(), t.timings().total());
                }
            } catch (AudioException e) {
                // Its message starts with the file already.
                failed.add(new TimelineFormats.Failed(file, e.getMessage()));
                err.println("skipped " + e.getMessage());
            } catch (ParameterException e) {
                failed.add(new TimelineFormats.Failed(file, file + ": " + e.getMessage()));
                err.println("skipped " + file + ": " + e.getMessage());
            }
        }
        String text = format == Format.json
                ? TimelineFormats.json(bundlePath, bundle.kind(), bundle.labels(), timelines, failed)
                : TimelineFormats.csv(bundle.labels(), timelines);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, text);
        }
        if (plot != null) {
            for (Timeline t : timelines) {
                plot(t, files.size() == 1 ? plot : sibling(plot, t.file()), bundle.labels());
            }
        }
        err.printf("%d of %d files predicted, %d skipped%s%n", timelines.size(), files.size(), failed.size(),
                out == null ? "" : "; wrote " + out);
        err.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    private static void plot(Timeline t, Path png, List<String> labels) {
        double[] starts = t.segments().stream().mapToDouble(Timeline.Step::start).toArray();
        double[] ends = t.segments().stream().mapToDouble(Timeline.Step::end).toArray();
        double[][] p = t.segments().stream().map(Timeline.Step::probabilities).toArray(double[][]::new);
        var chart = Plots.probabilityTimeline("Emotion timeline: " + t.file().getFileName() + " (mean: " + t.top() + ")",
                starts, ends, labels, p);
        AtomicFiles.write(png, o -> BitmapEncoder.saveBitmap(chart, o, BitmapEncoder.BitmapFormat.PNG));
    }

    /** {@code plot} with {@code -<audio name>} before its extension, e.g. {@code t.png} -> {@code t-song.png}. */
    static Path sibling(Path plot, Path audio) {
        String name = plot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String audioName = audio.getFileName().toString();
        int audioDot = audioName.lastIndexOf('.');
        return plot.resolveSibling(stem + "-" + (audioDot > 0 ? audioName.substring(0, audioDot) : audioName)
                + ".png");
    }
}

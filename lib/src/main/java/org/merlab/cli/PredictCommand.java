package org.merlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.merlab.bundle.SegmentRecipe;
import org.merlab.bundle.TextPredictor;
import org.merlab.bundle.TextRecipe;
import org.merlab.bundle.Timeline;
import org.merlab.bundle.TimelineFormats;
import org.merlab.bundle.VaPredictor;
import org.merlab.bundle.VaRecipe;
import org.merlab.bundle.VaTimeline;
import org.merlab.features.ParameterException;
import org.merlab.io.AtomicFiles;
import org.merlab.text.TextException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merlab predict}: a model bundle applied to its kind of input. Audio files of any length and supported format
 * give an emotion timeline per file (a segment classifier: each segment's label probabilities; a valence/arousal
 * model: both values per step) and a track summary (their mean); texts ({@code --text}, {@code --text-file}) give
 * each text's label probabilities. Inputs that cannot be read (undecodable files, texts without a word) are named on
 * stderr and skipped; the exit code is 1 if any was, or if the bundle cannot be used.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class, description = {
        "Predict with a model bundle from 'merlab train'. Audio files (WAV, MP3, Ogg Vorbis, FLAC; any length): one row",
        "per segment of the trained length with each label's probability (valence/arousal models: per step, both",
        "values), then the track's mean. Text models: --text TEXT or --text-file FILE (one text per line), one row",
        "per text. Exit code 0 if every input was predicted, 1 if any failed (listed on stderr) or the bundle is",
        "unusable."})
public final class PredictCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { csv, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "a bundle directory or its zip")
    private Path bundlePath;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
            description = "audio files, for audio models (WAV, MP3, Ogg Vorbis, FLAC)")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT", description = "a text to classify, for text models (repeatable)")
    private List<String> texts = new ArrayList<>();

    @Option(names = "--text-file", paramLabel = "FILE", description = "a UTF-8 file of texts, one per line, for text"
            + " models")
    private Path textFile;

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
        ModelBundle bundle;
        try {
            long start = System.nanoTime();
            bundle = ModelBundle.read(bundlePath);
            if (timings) {
                err.printf(Locale.ROOT, "bundle loaded in %.3f s%n", (System.nanoTime() - start) / 1e9);
            }
        } catch (BundleException e) {
            err.println("merlab predict: " + e.getMessage());
            err.flush();
            return 1;
        }
        boolean textModel = bundle.recipe() instanceof TextRecipe;
        boolean textInput = !texts.isEmpty() || textFile != null;
        if (textModel && (!files.isEmpty() || !textInput)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a " + bundle.kind()
                    + " bundle takes --text TEXT or --text-file FILE, not audio files");
        }
        if (!textModel && (textInput || files.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a " + bundle.kind()
                    + " bundle takes audio FILEs, not --text");
        }
        if (plot != null && !(bundle.recipe() instanceof SegmentRecipe)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--plot draws the emotion timelines"
                    + " of " + SegmentRecipe.KIND + " bundles only");
        }
        return switch (bundle.recipe()) {
            case SegmentRecipe r -> segments(SegmentClassifier.of(bundle, workers), err);
            case VaRecipe r -> valenceArousal(VaPredictor.of(bundle), err);
            case TextRecipe r -> texts(TextPredictor.of(bundle), r, err);
        };
    }

    private int segments(SegmentClassifier classifier, PrintWriter err) {
        ModelBundle bundle = classifier.bundle();
        List<Timeline> timelines = new ArrayList<>();
        List<TimelineFormats.Failed> failed = new ArrayList<>();
        for (Path file : files) {
            try {
                Timeline t = classifier.predict(file);
                timelines.add(t);
                t.warnings().forEach(w -> err.println("warning: " + w));
                timings(err, file, t.seconds(), t.segments().size() + " segments", t.timings());
            } catch (AudioException | ParameterException e) {
                failed.add(failure(err, file, e));
            }
        }
        String text = format == Format.json
                ? TimelineFormats.json(bundlePath, bundle.kind(), bundle.labels(), timelines, failed)
                : TimelineFormats.csv(bundle.labels(), timelines);
        emit(text);
        if (plot != null) {
            for (Timeline t : timelines) {
                plot(t, files.size() == 1 ? plot : sibling(plot, t.file()));
            }
        }
        return summary(err, timelines.size(), files.size(), failed.size(), "files");
    }

    private int valenceArousal(VaPredictor predictor, PrintWriter err) {
        ModelBundle bundle = predictor.bundle();
        List<VaTimeline> timelines = new ArrayList<>();
        List<TimelineFormats.Failed> failed = new ArrayList<>();
        for (Path file : files) {
            try {
                VaTimeline t = predictor.predict(file);
                timelines.add(t);
                t.warnings().forEach(w -> err.println("warning: " + w));
                timings(err, file, t.seconds(), t.steps().size() + " steps", t.timings());
            } catch (AudioException | ParameterException e) {
                failed.add(failure(err, file, e));
            }
        }
        emit(format == Format.json
                ? TimelineFormats.vaJson(bundlePath, bundle.kind(), bundle.labels(), timelines, failed)
                : TimelineFormats.vaCsv(bundle.labels(), timelines));
        return summary(err, timelines.size(), files.size(), failed.size(), "files");
    }

    private int texts(TextPredictor predictor, TextRecipe recipe, PrintWriter err) {
        List<String> all = new ArrayList<>(texts);
        if (textFile != null) {
            try {
                all.addAll(Files.readAllLines(textFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("merlab predict: cannot read " + textFile + " (" + e.getMessage() + ")");
                err.flush();
                return 1;
            }
        }
        List<String> good = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            try {
                recipe.encoder().encode(all.get(i));
                good.add(all.get(i));
            } catch (TextException e) {
                String where = i < texts.size() ? "--text " + (i + 1) : textFile + " line " + (i - texts.size() + 1);
                failed.add(where + ": " + e.getMessage());
                err.println("skipped " + where + ": " + e.getMessage());
            }
        }
        double[][] p = predictor.probabilities(good);
        ModelBundle bundle = predictor.bundle();
        emit(format == Format.json
                ? TimelineFormats.textJson(bundlePath, bundle.kind(), bundle.labels(), good, p, failed)
                : TimelineFormats.textCsv(bundle.labels(), good, p));
        return summary(err, good.size(), all.size(), failed.size(), "texts");
    }

    private static TimelineFormats.Failed failure(PrintWriter err, Path file, RuntimeException e) {
        // An AudioException's message starts with the file already.
        String reason = e instanceof AudioException ? e.getMessage() : file + ": " + e.getMessage();
        err.println("skipped " + reason);
        return new TimelineFormats.Failed(file, reason);
    }

    private void timings(PrintWriter err, Path file, double seconds, String parts, Timeline.Timings t) {
        if (timings) {
            err.printf(Locale.ROOT, "%s: %.1f s of audio, %s: decode %.3f s, features %.3f s, network %.3f s,"
                    + " total %.3f s%n", file, seconds, parts, t.decode(), t.features(), t.network(), t.total());
        }
    }

    private void emit(String text) {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, text);
        }
    }

    private int summary(PrintWriter err, int predicted, int total, int failed, String what) {
        err.printf("%d of %d %s predicted, %d skipped%s%n", predicted, total, what, failed,
                out == null ? "" : "; wrote " + out);
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static void plot(Timeline t, Path png) {
        AtomicFiles.write(png, o -> BitmapEncoder.saveBitmap(t.chart(), o, BitmapEncoder.BitmapFormat.PNG));
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

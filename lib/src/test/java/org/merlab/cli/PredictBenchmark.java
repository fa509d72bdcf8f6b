package org.merlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentClassifier;
import org.merlab.bundle.Timeline;
import org.merlab.testing.Shared;

/**
 * Prints how long {@code merlab predict} takes on a one-minute MP3 with a segment-classifier bundle (the paper's
 * CNN-LSTM): cold, a fresh JVM running {@code ./merlab predict --timings} (JVM start, ND4J's native libraries and the
 * bundle included), and warm, the same prediction repeated in this JVM; each with decode, features and network time
 * apart. A benchmark, not a test; run with {@code make bench-predict}.
 * <pre>
 *   --model BUNDLE   a segment-classifier bundle (make bench-predict trains one with ./merlab train --smoke)
 *   --audio FILE     the track (default: ../shared/datasets/emotify-dev/rock/20.mp3, 60 s)
 *   --cold N         fresh-JVM runs (default 3, after one untimed run that builds the jar if needed)
 *   --warm N         in-process runs (default 10, after one to warm up)
 * </pre>
 */
public final class PredictBenchmark {

    private PredictBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path model = null;
        Path audio = null;
        int cold = 3;
        int warm = 10;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value; see the class's Javadoc");
            }
            switch (args[i]) {
                case "--model" -> model = Path.of(args[i + 1]);
                case "--audio" -> audio = Path.of(args[i + 1]);
                case "--cold" -> cold = Integer.parseInt(args[i + 1]);
                case "--warm" -> warm = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; see the class's Javadoc");
            }
        }
        if (model == null) {
            throw new IllegalArgumentException("--model BUNDLE is required");
        }
        if (audio == null) {
            audio = Shared.root().resolve("datasets/emotify-dev/rock/20.mp3");
        }
        int processors = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "merlab predict on %s with %s; %d processors, load average %.2f%n", audio,
                model, processors, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());

        Path merlab = Path.of("merlab").toAbsolutePath();
        run(merlab, model, audio); // builds lib/target's jar if a source is newer; not timed
        List<double[]> colds = new ArrayList<>();
        for (int r = 0; r < cold; r++) {
            long t0 = System.nanoTime();
            String err = run(merlab, model, audio);
            double wall = (System.nanoTime() - t0) / 1e9;
            colds.add(new double[] {wall, number(err, "bundle loaded in "), number(err, "decode "),
                    number(err, "features "), number(err, "network ")});
        }
        System.out.println("cold (fresh JVM: ./merlab predict BUNDLE FILE --timings), median of " + cold + " runs:");
        System.out.printf(Locale.ROOT, "  wall %.2f s = JVM start, class loading, ND4J init and the rest + bundle"
                        + " load %.2f s + decode %.3f s + features %.3f s + network %.3f s%n",
                median(colds, r -> r[0]), median(colds, r -> r[1]), median(colds, r -> r[2]),
                median(colds, r -> r[3]), median(colds, r -> r[4]));

        long t0 = System.nanoTime();
        SegmentClassifier classifier = SegmentClassifier.of(ModelBundle.read(model), processors);
        double load = (System.nanoTime() - t0) / 1e9;
        Timeline first = classifier.predict(audio);
        List<Timeline.Timings> warms = new ArrayList<>();
        for (int r = 0; r < warm; r++) {
            warms.add(classifier.predict(audio).timings());
        }
        System.out.printf(Locale.ROOT, "warm (in process, %d segments of %.1f s of audio; bundle load %.2f s, first"
                        + " prediction %.3f s), median of %d runs:%n", first.segments().size(), first.seconds(), load,
                first.timings().total(), warm);
        System.out.printf(Locale.ROOT, "  total %.3f s = decode %.3f s + features %.3f s + network %.3f s"
                        + " (fastest total %.3f s)%n", median(warms, Timeline.Timings::total),
                median(warms, Timeline.Timings::decode), median(warms, Timeline.Timings::features),
                median(warms, Timeline.Timings::network),
                warms.stream().mapToDouble(Timeline.Timings::total).min().orElseThrow());
    }

    /** Runs {@code ./merlab predict --timings} and returns its stderr; fails if it fails. */
    private static String run(Path merlab, Path model, Path audio) throws IOException, InterruptedException {
        Path err = Files.createTempFile("merlab-predict", ".err");
        try {
            Process p = new ProcessBuilder(merlab.toString(), "predict", model.toString(), audio.toString(),
                    "--timings").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            int code = p.waitFor();
            String text = Files.readString(err, StandardCharsets.UTF_8);
            if (code != 0) {
                throw new IllegalStateException("./merlab predict exited " + code + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** The seconds after {@code label} in {@code --timings} output, e.g. {@code decode 0.123 s}. */
    private static double number(String text, String label) {
        int at = text.indexOf(label);
        if (at < 0) {
            throw new IllegalStateException("no '" + label + "' in:\n" + text);
        }
        String rest = text.substring(at + label.length());
        return Double.parseDouble(rest.substring(0, rest.indexOf(' ')));
    }

    private static <T> double median(List<T> rows, ToDoubleFunction<T> column) {
        double[] v = rows.stream().mapToDouble(column).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}

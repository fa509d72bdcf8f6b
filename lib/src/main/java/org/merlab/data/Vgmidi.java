package org.merlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.merlab.audio.AudioException;
import org.merlab.audio.BarRule;
import org.merlab.audio.MidiTiming;

/**
 * Loads VGMIDI (Ferreira &amp; Whitehead, ISMIR 2019): piano MIDI of video-game music with valence and arousal per
 * bar from about 30 listeners each, in the layout of the public repository {@code lucasnfe/vgmidi}:
 * {@code midi/<series>_<console>_<game>_<piece>.mid} and {@code annotations/vgmidi_raw_*.json}, each
 * {@code {"pieces": {"pieceN": {"midi", "measures", ...}}, "annotations": {"pieceN_K": {"valence": [...],
 * "arousal": [...], ...}}}} with annotator {@code K} of piece {@code N}.
 *
 * <p>Choices, each one tested:
 * <ul>
 *   <li>Keys {@code pieceN} restart in every JSON file, so a piece is identified by file and key
 *       ({@code vgmidi_raw_2/piece0}).</li>
 *   <li>Bars are timed from the MIDI's tempo map as bars of four quarter notes ({@link BarRule#FOUR_QUARTERS}), the
 *       rule the annotation tool's {@code measures} counts follow ({@link #barRuleAgreement}). A piece whose declared
 *       count differs from the MIDI's by more than one bar is skipped (its alignment is unknown); otherwise the
 *       first {@code min(declared, MIDI)} bars are used.</li>
 *   <li>Targets are the mean over annotators per bar, with the population standard deviation and the count. An
 *       annotator with more values than the piece has bars (three in VGMIDI) is cut to the piece's bars, and the
 *       cut is listed; one with fewer counts for the bars it covers.</li>
 *   <li>An annotator whose valence and arousal lists differ in length, or with a missing or non-finite value, is
 *       skipped and listed ({@code file:line: reason}); so are annotations of pieces the file does not list (four in
 *       {@code vgmidi_raw_1.json}), pieces without annotations and pieces whose MIDI is missing or does not parse.</li>
 *   <li>The group of a piece is its game ({@code <series>_<console>_<game>} of the file name), so a grouped split
 *       keeps every piece of one game on one side.</li>
 * </ul>
 * A file that is not JSON, or lacks {@code pieces} or {@code annotations}, is a {@link DatasetException}.
 */
public final class Vgmidi {

    /** The dataset name used in report paths. */
    public static final String NAME = "vgmidi";
    /** The bar rule of the annotation tool. */
    public static final BarRule BARS = BarRule.FOUR_QUARTERS;

    private Vgmidi() {
    }

    /**
     * Loads the copy in {@code root} (with {@code midi/} and {@code annotations/}).
     *
     * @throws DatasetException if {@code annotations/} holds no {@code vgmidi_raw_*.json}, or one is malformed
     */
    public static VaDataset load(Path root) {
        return load(root, NAME);
    }

    /** {@link #load(Path)} under another dataset name (the embedded stand-in uses this layout). */
    public static VaDataset load(Path root, String name) {
        List<VaPiece> pieces = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : annotationFiles(root)) {
            for (Declared d : declared(file)) {
                piece(root, file, d, skipped).ifPresent(pieces::add);
            }
        }
        return new VaDataset(name, pieces, skipped);
    }

    /**
     * How many pieces' declared bar counts each {@link BarRule} reproduces from the MIDI (within
     * {@link MidiTiming#LAST_BAR_TOLERANCE}), e.g. {@code {NOTATED=146, FOUR_QUARTERS=193}} of 200 for VGMIDI; pieces
     * whose MIDI is missing or does not parse are not counted.
     */
    public static Map<BarRule, Integer> barRuleAgreement(Path root) {
        Map<BarRule, Integer> agree = new TreeMap<>();
        for (BarRule r : BarRule.values()) {
            agree.put(r, 0);
        }
        for (Path file : annotationFiles(root)) {
            for (Declared d : declared(file)) {
                if (d.midi == null || !Files.isRegularFile(root.resolve("midi").resolve(d.midi))) {
                    continue;
                }
                try {
                    MidiTiming timing = MidiTiming.of(MidiTiming.read(root.resolve("midi").resolve(d.midi)));
                    for (BarRule r : BarRule.values()) {
                        if (timing.barTicks(r).length - 1 == d.measures) {
                            agree.merge(r, 1, Integer::sum);
                        }
                    }
                } catch (AudioException | IllegalStateException e) {
                    // Unreadable MIDI is listed by load(); it has no bars to compare.
                }
            }
        }
        return agree;
    }

    /** The game of a VGMIDI file name {@code <series>_<console>_<game>_<piece>.mid}, or the name if it has no game. */
    static String game(String midiName) {
        String[] parts = midiName.split("_", 4);
        return parts.length == 4 ? parts[0] + "_" + parts[1] + "_" + parts[2] : midiName;
    }

    private static List<Path> annotationFiles(Path root) {
        Path dir = root.resolve("annotations");
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().matches("vgmidi_raw_.*\\.json")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new DatasetException(dir, "cannot list the annotation folder (" + e + ")", e);
        }
        if (files.isEmpty()) {
            throw new DatasetException(dir, "no vgmidi_raw_*.json annotation files", null);
        }
        return files;
    }

    /** One listed piece with its annotators, straight from the file. */
    private record Declared(Path file, String key, String midi, int measures, int line,
                            List<Map.Entry<String, LocatedJson.Obj>> annotators) {
    }

    private static List<Declared> declared(Path file) {
        var top = object(file, LocatedJson.read(file), "the top level");
        var pieces = object(file, field(file, top, "pieces"), "\"pieces\"");
        var annotations = object(file, field(file, top, "annotations"), "\"annotations\"");
        Map<String, List<Map.Entry<String, LocatedJson.Obj>>> byPiece = new LinkedHashMap<>();
        for (var a : annotations.fields().entrySet()) {
            String key = a.getKey();
            int cut = key.lastIndexOf('_');
            String piece = cut < 0 ? key : key.substring(0, cut);
            byPiece.computeIfAbsent(piece, p -> new ArrayList<>())
                    .add(Map.entry(key, object(file, a.getValue(), "annotation " + key)));
        }
        List<Declared> out = new ArrayList<>();
        for (var p : pieces.fields().entrySet()) {
            var piece = object(file, p.getValue(), "piece " + p.getKey());
            String midi = text(file, field(file, piece, "midi"), p.getKey() + ".midi");
            var measures = field(file, piece, "measures");
            if (!(measures instanceof LocatedJson.Num n) || n.value() < 1 || n.value() != Math.rint(n.value())) {
                throw new DatasetException(file, measures.line(), p.getKey() + ".measures is not a positive integer");
            }
            out.add(new Declared(file, p.getKey(), midi, (int) n.value(), piece.line(),
                    byPiece.getOrDefault(p.getKey(), List.of())));
        }
        for (var e : byPiece.entrySet()) {
            if (!pieces.fields().containsKey(e.getKey())) {
                out.add(new Declared(file, e.getKey(), null, 0, e.getValue().getFirst().getValue().line(),
                        e.getValue()));
            }
        }
        return out;
    }

    private static Optional<VaPiece> piece(Path root, Path file, Declared d, List<String> skipped) {
        String where = file + ":" + d.line + ": " + d.key;
        if (d.midi == null) {
            skipped.add(where + ": " + d.annotators.size() + " annotations of a piece \"pieces\" does not list");
            return Optional.empty();
        }
        if (d.annotators.isEmpty()) {
            skipped.add(where + ": no annotations");
            return Optional.empty();
        }
        Path midi = root.resolve("midi").resolve(d.midi);
        if (!Files.isRegularFile(midi)) {
            skipped.add(where + ": MIDI file " + d.midi + " not found");
            return Optional.empty();
        }
        double[] bars;
        try {
            bars = MidiTiming.of(MidiTiming.read(midi)).barSeconds(BARS);
        } catch (AudioException | IllegalStateException e) {
            skipped.add(where + ": " + e.getMessage());
            return Optional.empty();
        }
        int midiBars = bars.length - 1;
        if (Math.abs(midiBars - d.measures) > 1) {
            skipped.add(where + ": declares " + d.measures + " measures, the MIDI has " + midiBars
                    + " bars of four quarters; alignment unknown");
            return Optional.empty();
        }
        int n = Math.min(midiBars, d.measures);
        Raters valence = new Raters(n);
        Raters arousal = new Raters(n);
        for (var a : d.annotators) {
            String note = addAnnotator(file, a.getKey(), a.getValue(), n, valence, arousal);
            if (note != null) {
                skipped.add(note);
            }
        }
        if (valence.count[0] == 0) {
            skipped.add(where + ": no usable annotator");
            return Optional.empty();
        }
        int steps = valence.covered();
        String name = d.midi.replaceFirst("\\.mid$", "");
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        return Optional.of(new VaPiece(stem + "/" + d.key, name.substring(name.lastIndexOf('_') + 1),
                game(d.midi), midi, Arrays.copyOf(bars, steps + 1), valence.mean(steps),
                arousal.mean(steps), valence.sd(steps), arousal.sd(steps),
                Arrays.copyOf(valence.count, steps)));
    }

    /**
     * Adds one annotator's series; returns why it was skipped, or which values past the piece's {@code bars} were
     * dropped, or null.
     */
    private static String addAnnotator(Path file, String key, LocatedJson.Obj a, int bars, Raters valence,
                                       Raters arousal) {
        double[] v;
        double[] ar;
        try {
            v = series(file, key, a, "valence");
            ar = series(file, key, a, "arousal");
        } catch (DatasetException e) {
            return e.getMessage();
        }
        if (v.length != ar.length) {
            return file + ":" + a.line() + ": " + key + ": " + v.length + " valence but " + ar.length
                    + " arousal values";
        }
        valence.add(v);
        arousal.add(ar);
        return v.length <= bars ? null : file + ":" + a.line() + ": " + key + ": " + v.length + " values for "
                + bars + " bars; the last " + (v.length - bars) + " dropped";
    }

    private static double[] series(Path file, String key, LocatedJson.Obj a, String name) {
        var value = a.fields().get(name);
        if (!(value instanceof LocatedJson.Arr arr) || arr.items().isEmpty()) {
            throw new DatasetException(file, value == null ? a.line() : value.line(),
                    key + ": no " + name + " list");
        }
        double[] out = new double[arr.items().size()];
        for (int i = 0; i < out.length; i++) {
            var item = arr.items().get(i);
            if (!(item instanceof LocatedJson.Num num) || !Double.isFinite(num.value())) {
                throw new DatasetException(file, item.line(), key + ": " + name + "[" + i + "] is "
                        + (item instanceof LocatedJson.Num num ? num.value() : "not a number") + "");
            }
            out[i] = num.value();
        }
        return out;
    }

    private static LocatedJson.Obj object(Path file, LocatedJson.Value v, String what) {
        if (v instanceof LocatedJson.Obj o) {
            return o;
        }
        throw new DatasetException(file, v.line(), what + " is not a JSON object");
    }

    private static LocatedJson.Value field(Path file, LocatedJson.Obj o, String name) {
        var v = o.fields().get(name);
        if (v == null) {
            throw new DatasetException(file, o.line(), "missing \"" + name + "\"");
        }
        return v;
    }

    private static String text(Path file, LocatedJson.Value v, String what) {
        if (v instanceof LocatedJson.Str s && !s.value().isBlank()) {
            return s.value();
        }
        throw new DatasetException(file, v.line(), what + " is not a file name");
    }

    /** Running sums per bar over annotators of unequal length. */
    private static final class Raters {
        final double[] sum;
        final double[] sumSq;
        final int[] count;

        Raters(int bars) {
            sum = new double[bars];
            sumSq = new double[bars];
            count = new int[bars];
        }

        void add(double[] series) {
            for (int k = 0; k < Math.min(series.length, sum.length); k++) {
                sum[k] += series[k];
                sumSq[k] += series[k] * series[k];
                count[k]++;
            }
        }

        /** Bars covered by at least one annotator, from the start. */
        int covered() {
            int k = 0;
            while (k < count.length && count[k] > 0) {
                k++;
            }
            return k;
        }

        double[] mean(int bars) {
            double[] m = new double[bars];
            for (int k = 0; k < bars; k++) {
                m[k] = sum[k] / count[k];
            }
            return m;
        }

        double[] sd(int bars) {
            double[] s = new double[bars];
            for (int k = 0; k < bars; k++) {
                double mean = sum[k] / count[k];
                s[k] = Math.sqrt(Math.max(0, sumSq[k] / count[k] - mean * mean));
            }
            return s;
        }
    }
}

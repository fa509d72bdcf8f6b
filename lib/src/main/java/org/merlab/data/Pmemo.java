package org.merlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads PMEmo (Zhang et al., ICMR 2018) in the layout of its published samples: {@code <id>.json} beside
 * {@code <id>.mp3}, each JSON with {@code dynamic: {t: [...], v: [...], a: [...]}}, the mean valence and arousal
 * at 2 Hz (from 15.5 s) on PMEmo's 0..1 scale. Values are mapped to -1..1 ({@code 2x - 1}) to share VGMIDI's and
 * emoMusic's scale. The {@code dynamic} field may also be a string holding the same object (the README's
 * "Python-literal" form, with single quotes); it is parsed the same way.
 *
 * <p>As for {@link DeamCsv}, the rating at {@code t} spans {@code [t - 0.5, t)}. The spread over listeners is not
 * in these files (zeros), nor the listener count (zeros). A file with unequal or missing series, a non-finite value
 * or no audio is skipped and listed ({@code file:line: reason}); a file that is not JSON is an error.
 */
public final class Pmemo {

    /** The dataset name used in report paths. */
    public static final String NAME = "pmemo";
    private static final double STEP = 0.5;

    private Pmemo() {
    }

    /** Loads every {@code <id>.json} with a {@code dynamic} field in {@code dir} (index files without one are ignored). */
    public static VaDataset load(Path dir) {
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().matches("\\d+\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(dir, "cannot list (" + e + ")", e);
        }
        List<VaPiece> pieces = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            try {
                piece(file).ifPresent(pieces::add);
            } catch (Skip s) {
                skipped.add(s.getMessage());
            }
        }
        return new VaDataset(NAME, pieces, skipped);
    }

    private static Optional<VaPiece> piece(Path file) {
        if (!(LocatedJson.read(file) instanceof LocatedJson.Obj top)) {
            throw new DatasetException(file, 1, "not a JSON object");
        }
        LocatedJson.Value dynamic = top.fields().get("dynamic");
        if (dynamic == null) {
            return Optional.empty();
        }
        LocatedJson.Obj series = dynamic instanceof LocatedJson.Str s ? fromString(file, s) : asObject(file, dynamic);
        double[] t = numbers(file, series, "t");
        double[] v = numbers(file, series, "v");
        double[] a = numbers(file, series, "a");
        if (t.length != v.length || t.length != a.length) {
            throw new Skip(file + ":" + series.line() + ": " + t.length + " times, " + v.length + " valence and "
                    + a.length + " arousal values");
        }
        String id = file.getFileName().toString().replaceFirst("\\.json$", "");
        Optional<Path> audio = AudioFiles.find(file.getParent(), id);
        if (audio.isEmpty()) {
            throw new Skip(file + ":1: no audio file " + id + ".*");
        }
        int n = t.length;
        double[] boundaries = new double[n + 1];
        boundaries[0] = t[0] - STEP;
        for (int k = 0; k < n; k++) {
            boundaries[k + 1] = t[k];
            v[k] = 2 * v[k] - 1;
            a[k] = 2 * a[k] - 1;
        }
        String title = top.fields().get("title") instanceof LocatedJson.Str s ? s.value() : "song " + id;
        try {
            return Optional.of(new VaPiece(id, title, id, audio.get(), boundaries, v, a, new double[n],
                    new double[n], new int[n]));
        } catch (IllegalArgumentException e) {
            throw new Skip(file + ":" + series.line() + ": " + e.getMessage());
        }
    }

    private static LocatedJson.Obj fromString(Path file, LocatedJson.Str s) {
        try {
            return asObject(file, LocatedJson.parse(s.value().replace('\'', '"'), file));
        } catch (DatasetException e) {
            throw new Skip(file + ":" + s.line() + ": \"dynamic\" is a string that does not parse ("
                    + e.getMessage() + ")");
        }
    }

    private static LocatedJson.Obj asObject(Path file, LocatedJson.Value v) {
        if (v instanceof LocatedJson.Obj o) {
            return o;
        }
        throw new Skip(file + ":" + v.line() + ": \"dynamic\" is not an object");
    }

    private static double[] numbers(Path file, LocatedJson.Obj o, String name) {
        if (!(o.fields().get(name) instanceof LocatedJson.Arr arr) || arr.items().isEmpty()) {
            throw new Skip(file + ":" + o.line() + ": \"dynamic\" has no " + name + " list");
        }
        double[] out = new double[arr.items().size()];
        for (int i = 0; i < out.length; i++) {
            if (!(arr.items().get(i) instanceof LocatedJson.Num num) || !Double.isFinite(num.value())) {
                throw new Skip(file + ":" + arr.items().get(i).line() + ": " + name + "[" + i + "] is not a finite "
                        + "number");
            }
            out[i] = num.value();
        }
        return out;
    }

    /** A file left out; its message is the listed line. */
    private static final class Skip extends RuntimeException {
        Skip(String message) {
            super(message);
        }
    }
}

package org.merlab.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.merlab.audio.Audio;
import org.merlab.audio.WavWriter;
import org.merlab.bundle.ModelBundle;
import org.merlab.cli.Main;
import org.merlab.data.SyntheticEmotify;
import org.merlab.data.SyntheticTextEmotion;
import org.merlab.data.SyntheticVgmidi;
import org.merlab.io.AtomicFiles;
import org.merlab.testing.Shared;

/**
 * The trained models of one test JVM, shared by the serve tests and the benchmark: the paper's CNN-LSTM trained by
 * {@code merlab train}, as a user trains one, for one epoch on a 72-track synthetic corpus of 2 s tracks in 1 s
 * segments, written as {@code models/paper.zip}; the text study's BiLSTM trained by {@code merlab train text} for one
 * epoch on 60/20/20 generated texts, as {@code models/text.zip}; the valence/arousal LSTM trained by {@code merlab
 * train va} for one epoch on 6 synthetic VGMIDI-layout pieces, as {@code models/va.zip}; plus real music from
 * {@code ../shared}. Deleted when the JVM exits.
 */
final class ServeFixture {

    /** The smoke corpus's 72 tracks (enough per label for a 70/15/15 split by track) at 2 s each. */
    static final SyntheticEmotify.Options CORPUS = new SyntheticEmotify.Options(20_260_401L, 2, 2, 15, 30);
    static final String MODEL = "paper";
    /** The text model's name: after {@link #MODEL} in name order, so the page opens on the audio model. */
    static final String TEXT_MODEL = "text";
    /** The valence/arousal model's name: last in name order. */
    static final String VA_MODEL = "va";
    /** One-minute Emotify MP3s of three genres. */
    static final List<String> SONGS = List.of("datasets/emotify-dev/rock/20.mp3",
            "datasets/emotify-dev/classical/14.mp3", "datasets/emotify-dev/pop/10.mp3");
    static final double CLIP_SECONDS = 3;

    private static ServeFixture instance;

    final Path root;
    final Path models;
    final Path bundle;
    final Path textBundle;
    final Path vaBundle;

    private ServeFixture() throws IOException {
        root = Files.createTempDirectory("merlab-serve-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                AtomicFiles.deleteTree(root);
            } catch (IOException ignored) {
                // A temp folder left behind is harmless.
            }
        }));
        Path corpus = root.resolve("corpus");
        SyntheticEmotify.generate(corpus, CORPUS);
        models = Files.createDirectories(root.resolve("models"));
        bundle = models.resolve(MODEL + ".zip");
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("train", "--data", corpus.toString(), "--root", root.toString(), "--out", bundle.toString(),
                        "--epochs", "1", "--segment-seconds", "1", "--seed", "3");
        if (exit != 0) {
            throw new IllegalStateException("merlab train failed (exit " + exit + "): " + err);
        }
        Path texts = Files.createDirectories(root.resolve("texts"));
        var textCorpus = new SyntheticTextEmotion(60, 20, 20, 8).generate();
        for (var split : List.of(Map.entry("train.txt", textCorpus.train()), Map.entry("val.txt", textCorpus.val()),
                Map.entry("test.txt", textCorpus.test()))) {
            Files.writeString(texts.resolve(split.getKey()), split.getValue().stream()
                    .map(e -> e.text() + ";" + e.label().label()).collect(Collectors.joining("\n", "", "\n")));
        }
        textBundle = models.resolve(TEXT_MODEL + ".zip");
        exit = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("train", "text", "--data", texts.toString(), "--root", root.toString(), "--out",
                        textBundle.toString(), "--smoke", "--epochs", "1", "--seed", "3");
        if (exit != 0) {
            throw new IllegalStateException("merlab train text failed (exit " + exit + "): " + err);
        }
        // 6 short pieces of 4 games: the smallest stand-in with test, validation and training games
        Path pieces = SyntheticVgmidi.ensure(root.resolve("vgmidi"), new SyntheticVgmidi.Options(6, 4, 6, 8, 3, 7));
        vaBundle = models.resolve(VA_MODEL + ".zip");
        exit = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("train", "va", "--data", pieces.toString(), "--root", root.toString(), "--out",
                        vaBundle.toString(), "--smoke", "--epochs", "1", "--seed", "3");
        if (exit != 0) {
            throw new IllegalStateException("merlab train va failed (exit " + exit + "): " + err);
        }
    }

    /** The shared fixture, trained on first use. */
    static synchronized ServeFixture get() {
        if (instance == null) {
            try {
                instance = new ServeFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The bundle as a client of the library would load it, to compare the server's answers with. */
    ModelBundle read() {
        return ModelBundle.read(bundle);
    }

    /** The text bundle as a client of the library would load it. */
    ModelBundle readText() {
        return ModelBundle.read(textBundle);
    }

    /** The valence/arousal bundle as a client of the library would load it. */
    ModelBundle readVa() {
        return ModelBundle.read(vaBundle);
    }

    /** A real song from {@code ../shared} (the test is skipped without it). */
    static Path song(int i) {
        return Shared.path(SONGS.get(i));
    }

    /** {@link #clip(Path, int)} in this fixture's folder. */
    Path clip(int i) {
        return clip(root, i);
    }

    /**
     * {@link #CLIP_SECONDS} of song {@code i} from 20 s on, as a 16-bit WAV at 22050 Hz in {@code dir} (made once):
     * real music, short enough for many requests.
     */
    static Path clip(Path dir, int i) {
        Path wav = dir.resolve("clip-" + i + ".wav");
        if (!Files.exists(wav)) {
            try {
                WavWriter.writeMono16(wav, Audio.load(song(i), Audio.DEFAULT_SR, 20, CLIP_SECONDS).samples(),
                        Audio.DEFAULT_SR);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return wav;
    }
}

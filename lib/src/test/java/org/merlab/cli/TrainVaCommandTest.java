package org.merlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.Audio;
import org.merlab.audio.WavWriter;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.VaPredictor;
import org.merlab.bundle.VaRecipe;
import org.merlab.bundle.VaTimeline;
import org.merlab.data.SyntheticVgmidi;
import org.merlab.testing.Shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code merlab train va} on a small synthetic VGMIDI stand-in (one epoch), then {@code merlab predict} on audio. */
class TrainVaCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path bundle;
    private static CliRun training;
    private static int exit;

    @BeforeAll
    static void train() {
        // 6 short pieces of 4 games: the smallest stand-in with a test game, validation games and training games
        Path data = SyntheticVgmidi.ensure(shared, new SyntheticVgmidi.Options(6, 4, 6, 8, 3, 7));
        bundle = shared.resolve("va");
        training = new CliRun();
        exit = training.execute("train", "va", "--data", data.toString(), "--smoke", "--epochs", "1", "--seed", "2",
                "--out", bundle.toString(), "--root", shared.toString());
    }

    @Test
    void trainsAnLstmForBothDimensionsWithTestScoresOnItsCard() {
        assertEquals(0, exit, training.err.toString());
        ModelBundle b = ModelBundle.read(bundle);
        assertEquals(VaRecipe.KIND, b.kind());
        assertEquals(List.of("valence", "arousal"), b.labels());
        VaRecipe r = (VaRecipe) b.recipe();
        assertEquals(128, r.nMels());
        assertEquals(32, r.window());
        assertTrue(r.stepSeconds() > 0.2 && r.stepSeconds() < 10, "a bar of the renders: " + r.stepSeconds());
        assertTrue(b.card().limits().stream().anyMatch(l -> l.contains("held-out test pieces") && l.contains("valence:")
                && l.contains("95% CI")), b.card().limits().toString());
    }

    @Test
    void predictsValenceAndArousalPerStepOfAudio() throws IOException {
        assertEquals(0, exit, training.err.toString());
        float[] y = new float[Audio.DEFAULT_SR * 9];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.2 * Math.sin(2 * Math.PI * 330 * i / Audio.DEFAULT_SR));
        }
        Path wav = tmp.resolve("tone.wav");
        WavWriter.writeMono16(wav, y, Audio.DEFAULT_SR);
        CliRun run = new CliRun();
        assertEquals(0, run.execute("predict", bundle.toString(), wav.toString(), "--format", "json"),
                run.err.toString());
        JsonNode track = new ObjectMapper().readTree(run.out.toString()).get("tracks").get(0);
        VaTimeline expected = VaPredictor.of(ModelBundle.read(bundle)).predict(wav);
        assertEquals(expected.steps().size(), track.get("steps").size());
        assertEquals(expected.steps().get(1).values()[1], track.get("steps").get(1).get("values").get("arousal")
                .asDouble(), 0.0);
        CliRun csv = new CliRun();
        assertEquals(0, csv.execute("predict", bundle.toString(), wav.toString()), csv.err.toString());
        assertTrue(csv.out.toString().startsWith("file,step,start_s,end_s,valence,arousal\n"), csv.out.toString());
    }

    /** emoMusic's 10 songs with audio in ../shared: 2 Hz steps, grouped by artist, said so on the card. */
    @Test
    void trainsOnAnEmoMusicCopyGroupedByArtist() {
        Path emo = Shared.path("datasets/emomusic");
        Path out = tmp.resolve("emo");
        CliRun run = new CliRun();
        assertEquals(0, run.execute("train", "va", "--dataset", "emomusic", "--data", emo.toString(), "--smoke",
                "--epochs", "1", "--out", out.toString(), "--root", tmp.toString()), run.err.toString());
        ModelBundle b = ModelBundle.read(out);
        assertEquals(0.5, ((VaRecipe) b.recipe()).stepSeconds(), 1e-9);
        assertTrue(b.card().protocol().startsWith("One grouped split by artist"), b.card().protocol());
        assertTrue(b.card().limits().stream().anyMatch(l -> l.contains("artists never seen in training")),
                "" + b.card().limits());
    }

    @Test
    void aDatasetOtherThanVgmidiNeedsItsCopyAndAKnownName() {
        CliRun noData = new CliRun();
        assertEquals(2, noData.execute("train", "va", "--dataset", "deam", "--out", tmp.resolve("x").toString(),
                "--root", tmp.toString()));
        assertTrue(noData.err.toString().contains("--dataset deam needs --data DIR"), noData.err.toString());
        CliRun unknown = new CliRun();
        assertEquals(2, unknown.execute("train", "va", "--dataset", "pmemo", "--data", tmp.toString(), "--out",
                tmp.resolve("y").toString(), "--root", tmp.toString()));
        assertTrue(unknown.err.toString().contains("--dataset must be vgmidi, deam or emomusic, got 'pmemo'"),
                unknown.err.toString());
    }
}

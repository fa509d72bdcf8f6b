package org.merlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.TextPredictor;
import org.merlab.bundle.TextRecipe;
import org.merlab.data.SyntheticTextEmotion;
import org.merlab.data.TextExample;
import org.merlab.study.text.TextBundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code merlab train text} on a small generated corpus in the dair-ai layout (90/30/40 texts, smoke shapes, one
 * epoch), then {@code merlab predict} on texts.
 */
class TrainTextCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path bundle;
    private static CliRun training;
    private static int exit;

    /** Writes {@code split} as {@code text;label} lines, the dair-ai corpus's format. */
    private static void write(Path file, List<TextExample> split) throws IOException {
        Files.writeString(file, split.stream().map(e -> e.text() + ";" + e.label().label())
                .collect(Collectors.joining("\n", "", "\n")));
    }

    @BeforeAll
    static void train() throws IOException {
        var corpus = new SyntheticTextEmotion(90, 30, 40, 5).generate();
        Path data = Files.createDirectories(shared.resolve("text"));
        write(data.resolve("train.txt"), corpus.train());
        write(data.resolve("val.txt"), corpus.val());
        write(data.resolve("test.txt"), corpus.test());
        bundle = shared.resolve("text.zip");
        training = new CliRun();
        exit = training.execute("train", "text", "--data", data.toString(), "--out", bundle.toString(), "--smoke",
                "--epochs", "1", "--seed", "4", "--root", shared.toString());
    }

    @Test
    void trainsTheStudysLstmIntoATextBundleWithTestScoresOnItsCard() {
        assertEquals(0, exit, training.err.toString());
        String out = training.out.toString();
        assertTrue(out.contains("text corpus: dair-ai emotion corpus from MERLAB_DATA_TEXT="), out);
        assertTrue(out.contains(TextBundle.HELD_OUT + ":") && out.contains("NETWORK, text level, 40 rows"), out);
        ModelBundle b = ModelBundle.read(bundle);
        assertEquals(TextRecipe.KIND, b.kind());
        assertEquals("lstm", ((TextRecipe) b.recipe()).architecture());
        assertEquals(List.of("sadness", "joy", "love", "anger", "fear", "surprise"), b.labels());
        assertEquals(90, b.card().tracks());
        assertEquals("1", b.card().training().get("epochsRun"));
        var test = b.card().evaluations().getFirst();
        assertEquals(TextBundle.HELD_OUT, test.name());
        assertTrue(!test.row(TextBundle.NETWORK, TextBundle.LEVEL).orElseThrow().intervals().isEmpty());
        assertTrue(b.card().limits().getFirst().startsWith("Trained on the dair-ai emotion corpus"));
    }

    @Test
    void predictsTextsAsTheLibraryDoesAndNamesTheOnesWithoutAWord() throws IOException {
        assertEquals(0, exit, training.err.toString());
        Path lines = Files.writeString(tmp.resolve("lines.txt"), "i feel wonderful today\n   \nthis is awful\n");
        CliRun run = new CliRun();
        int code = run.execute("predict", bundle.toString(), "--text", "i am so happy", "--text-file",
                lines.toString(), "--format", "json");
        assertEquals(1, code, "a blank line is a failure: " + run.err);
        assertTrue(run.err.toString().contains("skipped " + lines + " line 2: cannot encode text without any letter"
                + " or digit"), run.err.toString());
        assertTrue(run.err.toString().contains("3 of 4 texts predicted, 1 skipped"), run.err.toString());
        JsonNode json = new ObjectMapper().readTree(run.out.toString());
        List<String> texts = List.of("i am so happy", "i feel wonderful today", "this is awful");
        double[][] expected = TextPredictor.of(ModelBundle.read(bundle)).probabilities(texts);
        for (int i = 0; i < texts.size(); i++) {
            JsonNode t = json.get("texts").get(i);
            assertEquals(texts.get(i), t.get("text").asText());
            assertEquals(expected[i][0], t.get("probabilities").get("sadness").asDouble(), 0.0);
        }

        CliRun blank = new CliRun();
        assertEquals(1, blank.execute("predict", bundle.toString(), "--text", "  "));
        assertTrue(blank.err.toString().contains("skipped --text 1: cannot encode text without any letter or digit"),
                blank.err.toString());
        CliRun audio = new CliRun();
        assertEquals(2, audio.execute("predict", bundle.toString(), lines.toString()));
        assertTrue(audio.err.toString().contains("bundle takes --text TEXT or --text-file FILE, not audio files"),
                audio.err.toString());
    }

    @Test
    void anUnknownArchitectureIsAUsageError() {
        CliRun run = new CliRun();
        assertEquals(2, run.execute("train", "text", "--out", tmp.resolve("m").toString(), "--architecture", "gru",
                "--root", tmp.toString()));
        assertTrue(run.err.toString().contains("--architecture must be one of [lstm, transformer], got 'gru'"),
                run.err.toString());
    }
}

package org.merlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentRecipe;
import org.merlab.features.FixedSegments;

class TrainCommandTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    @Test
    void trainsThePaperModelIntoABundleWithItsCard() {
        TrainedBundle trained = TrainedBundle.get();
        String out = trained.run.out.toString();
        String err = trained.run.err.toString();
        assertEquals(0, trained.exitCode, err);
        assertTrue(out.contains("corpus: 72 tracks with audio"), out);
        assertTrue(out.contains("held-out test tracks:"), out);
        assertTrue(out.contains("CNN_LSTM, track level"), out);
        assertTrue(out.contains("wrote " + trained.bundle), out);

        ModelBundle bundle = ModelBundle.read(trained.bundle);
        assertEquals(FixedSegments.of(1), ((SegmentRecipe) bundle.recipe()).segments());
        assertEquals(2_507_466 - 65 * (10 - bundle.labels().size()),
                bundle.network().numParams(), "the paper's Table 3 network with one output per label");
        assertEquals("corpus", bundle.card().dataset());
        assertEquals(72, bundle.card().tracks());
        assertEquals(144, bundle.card().segments());
        assertEquals("1", bundle.card().training().get("epochsRun"));
        assertEquals(3, bundle.provenance().seed());
    }

    @Test
    void aDatasetTooSmallForTheSplitIsAClearErrorNotAStackTrace() throws Exception {
        Path data = tmp.resolve("tiny");
        org.merlab.data.SyntheticEmotify.generate(data, new org.merlab.data.SyntheticEmotify.Options(1, 1, 1, 15, 30));
        int code = cli.execute("train", "--data", data.toString(), "--root", tmp.toString(), "--out",
                tmp.resolve("m").toString(), "--epochs", "1", "--segment-seconds", "1", "--limit", "6");
        assertEquals(1, code, cli.err.toString());
        assertTrue(cli.err.toString().startsWith("merlab train: "), cli.err.toString());
        assertTrue(!Files.exists(tmp.resolve("m")));
    }

    @Test
    void badSegmentLengthsAreUsageErrors() {
        assertEquals(2, cli.execute("train", "--out", tmp.resolve("m").toString(), "--segment-seconds", "0",
                "--root", tmp.toString()));
        assertTrue(cli.err.toString().contains("--segment-seconds/--hop-seconds: segment length must be a positive"),
                cli.err.toString());
        assertEquals(2, cli.execute("train", "--out", tmp.resolve("m").toString(), "--segment-seconds", "2",
                "--hop-seconds", "3", "--root", tmp.toString()));
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, cli.execute("train", "--help"));
        String help = cli.out.toString();
        for (String option : new String[] {"--data", "--out", "--epochs", "--seed", "--segment-seconds", "--limit",
                "--cv"}) {
            assertTrue(help.contains(option), option + " in " + help);
        }
        assertEquals(0, new CliRun().execute("--help"));
    }
}

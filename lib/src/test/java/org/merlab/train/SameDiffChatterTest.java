package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.merlab.models.TextTransformer;

class SameDiffChatterTest {

    @Test
    void dropsOnlyTheChatterLines() throws IOException {
        var sink = new ByteArrayOutputStream();
        var filter = new SameDiffChatter(sink);
        String text = "epoch 1\n" + SameDiffChatter.PREFIX + "matmul\nAdded differently\n"
                + SameDiffChatter.PREFIX + "softmax_bp\n\rprogress 50%";
        filter.write(text.getBytes(StandardCharsets.UTF_8));
        assertEquals("epoch 1\nAdded differently\n\rprogress 50%", sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void passesAPartialLineAtOnceUnlessItMayStillBeChatter() throws IOException {
        var sink = new ByteArrayOutputStream();
        var filter = new SameDiffChatter(sink);
        filter.write("\rbatch 3/10".getBytes(StandardCharsets.UTF_8));
        assertEquals("\rbatch 3/10", sink.toString(StandardCharsets.UTF_8));
        filter.write("\nAdded".getBytes(StandardCharsets.UTF_8));
        assertEquals("\rbatch 3/10\n", sink.toString(StandardCharsets.UTF_8), "held while it may be chatter");
    }

    @Test
    void trainingASameDiffNetworkPrintsNoChatterAndRestoresStandardOutput() {
        var rng = new Random(5);
        int[][] ids = new int[48][];
        int[] y = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new int[3 + rng.nextInt(5)];
            for (int t = 0; t < ids[i].length; t++) {
                ids[i][t] = 4 + rng.nextInt(10);
            }
            y[i] = i % 2;
        }
        var net = TextTransformer.defaults(20, 2, 8).withShape(8, 2, 16, 1).build(1);
        PrintStream original = System.out;
        var captured = new ByteArrayOutputStream();
        var capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            Trainer.fit(net, Examples.tokens(ids, y, 2, 8), Examples.tokens(ids, y, 2, 8),
                    new TrainConfig(1, 16, 1e-2, ReduceLrOnPlateau.off(), 1), 3, s -> { });
            assertSame(capture, System.out);
        } finally {
            System.setOut(original);
        }
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains("differentiated"),
                captured.toString(StandardCharsets.UTF_8));
    }
}

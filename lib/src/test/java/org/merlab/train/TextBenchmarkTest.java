package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.testing.Shared;

/** A toy run on the real corpus's shapes: what it prints, parameter counts beside PyTorch's. */
class TextBenchmarkTest {

    @Test
    void printsBothModelsAtNotebook09sShapesAndPyTorchsCountsWhereItRuns() throws Exception {
        // notebook 09's table: embedding 947,328 + two LSTMs of 49,408 + head 774; 473,664 + 3,328 + 33,216 + 390
        String text = BenchmarkRuns.race(new TextBenchmark(), "text_torch.py",
                List.of("text-lstm", "1,046,918", "text-transformer", "510,598"),
                "--texts", Shared.path("datasets/text-emotion").toString(), "--rows", "40", "--batch", "16",
                "--repeats", "1");
        assertTrue(text.contains("40 of the 16000 training texts"), text);
        assertTrue(text.contains("vocabulary 7401, max length 52, 6 classes, batch 16"), text);
    }
}

package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.merlab.testing.Shared;

/** The window lengths, and a toy run on VGMIDI's bars: what it prints, parameter counts beside PyTorch's. */
class VaBenchmarkTest {

    @Test
    void piecesAreCutIntoConsecutiveWindowsOfAtMostTheWindow() {
        int[] lengths = VaBenchmark.windowLengths(new int[] {70, 5}, 1, 32, 1);
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {5, 6, 32, 32}, sorted);
    }

    @Test
    void theShareChoosesWholePieces() {
        int[] steps = {10, 20, 30, 40};
        int[] lengths = VaBenchmark.windowLengths(steps, 0.5, 64, 3);
        assertEquals(2, lengths.length);
        assertTrue(IntStream.of(lengths).allMatch(n -> IntStream.of(steps).anyMatch(s -> s == n)));
        assertEquals(1, VaBenchmark.windowLengths(steps, 0.01, 64, 3).length, "at least one piece");
    }

    @Test
    void rejectsAnEmptyShareAndOneStepWindows() {
        assertThrows(IllegalArgumentException.class, () -> VaBenchmark.windowLengths(new int[] {4}, 0, 32, 1));
        assertThrows(IllegalArgumentException.class, () -> VaBenchmark.windowLengths(new int[] {4}, 1, 1, 1));
    }

    @Test
    void printsBothModelsWithTheParameterCountsOfTheReportAndPyTorchsWhereItRuns() throws Exception {
        String text = BenchmarkRuns.race(new VaBenchmark(), "va_torch.py",
                List.of("va-lstm", "82,497", "va-transformer", "74,753"),
                "--vgmidi", Shared.path("datasets/vgmidi").toString(), "--train-share", "0.01", "--repeats", "1");
        assertTrue(text.matches("(?s).*from 1% of the \\d+ VGMIDI pieces.*"), text);
    }
}

package org.merlab.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonoBufferTest {

    private static float[][] ramp(int frames) {
        float[][] pcm = new float[1][frames];
        for (int i = 0; i < frames; i++) {
            pcm[0][i] = i;
        }
        return pcm;
    }

    @Test
    void keepsTheSpanCountedInNativeFramesLikeSoundfile() {
        // offset 0.25 s and duration 0.5 s at 10 Hz: frames int(2.5) = 2 .. 2 + int(5.0) = 7
        MonoBuffer out = new MonoBuffer(0.25, 0.5);
        out.begin(10);
        out.add(ramp(4), new int[1], 1, 4);
        assertFalse(out.full());
        out.add(ramp(20), new int[] {4}, 1, 16);
        assertTrue(out.full());
        assertArrayEquals(new float[] {2, 3, 4, 5, 6}, out.samples());
        assertEquals(2, out.startFrame());
        assertEquals(7, out.framesSeen());
    }

    @Test
    void withoutDurationKeepsEverythingAfterTheOffset() {
        MonoBuffer out = new MonoBuffer(0, 0);
        out.begin(8000);
        out.add(ramp(100_000), new int[1], 1, 100_000);
        assertFalse(out.full());
        assertEquals(100_000, out.samples().length);
        assertEquals(99_999f, out.samples()[99_999]);
    }

    @Test
    void averagesChannelsFromTheirOwnOffsets() {
        float[][] pcm = {{9, 0.5f, 0.25f}, {0.1f, 0.3f}};
        MonoBuffer out = new MonoBuffer(0, 0);
        out.begin(100);
        out.add(pcm, new int[] {1, 0}, 2, 2);
        assertArrayEquals(new float[] {(0.5f + 0.1f) / 2, (0.25f + 0.3f) / 2}, out.samples());
    }
}

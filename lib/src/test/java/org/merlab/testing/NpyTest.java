package org.merlab.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NpyTest {

    @Test
    void readsReferenceSignalAndMatrix() throws IOException {
        Npy y = Npy.read(Shared.reference("synth_3s").resolve("y.npy"));
        assertArrayEquals(new int[] {66150}, y.shape());
        // synth.wav's first 1 s is 0.5*sin(2*pi*440*t) quantised to int16/32768.
        double t = 10 / 22050.0;
        assertEquals(Math.round(32767 * 0.5 * Math.sin(2 * Math.PI * 440 * t)) / 32768.0, y.data()[10], 1e-7);

        Npy mel = Npy.read(Shared.reference("synth_3s").resolve("melspectrogram.npy"));
        assertEquals(128, mel.matrix().length);
        assertEquals(1 + 66150 / 512, mel.matrix()[0].length);

        Npy beats = Npy.read(Shared.reference("synth_3s").resolve("beat_frames.npy"));
        assertEquals(1, beats.shape().length);
    }
}

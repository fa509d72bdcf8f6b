package org.merlab.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.io.TempDir;

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

    /** numpy saves a transposed array with fortran_order True; rows come back as numpy shows them. */
    @Test
    void readsFortranOrderAsRowMajor(@TempDir Path dir) throws IOException {
        String header = "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }";
        header = header + " ".repeat(63 - header.length()) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(10 + header.length() + 6 * 8).order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buf.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
        for (double v : new double[] {1, 4, 2, 5, 3, 6}) {
            buf.putDouble(v);
        }
        Path file = dir.resolve("f.npy");
        Files.write(file, buf.array());
        double[][] m = Npy.read(file).matrix();
        assertArrayEquals(new double[] {1, 2, 3}, m[0]);
        assertArrayEquals(new double[] {4, 5, 6}, m[1]);
    }
}

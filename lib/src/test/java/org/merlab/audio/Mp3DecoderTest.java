package org.merlab.audio;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Mp3DecoderTest {

    private static final String ROCK = "emotify-dev/rock/47.mp3";
    private static final int MAX_LAG = 2000;
    private static final int LAG_WINDOW = 20_000;

    private static float[] decode(Path file, byte[] bytes) {
        MonoBuffer out = new MonoBuffer(0, 0);
        Mp3Decoder.decode(file, bytes, out);
        return out.samples();
    }

    /** Decodes {@code seconds} from {@code offset}, checks lag 0 against librosa and returns the max error. */
    private static double compare(String file, double offset, double seconds, String clip, String reference) {
        float[] expected = AudioFixtures.reference(clip, reference);
        float[] ours = Audio.load(AudioFixtures.dataset(file), 0, offset, seconds).samples();
        assertEquals(expected.length, ours.length);
        assertEquals(0, AudioFixtures.bestLag(ours, expected, LAG_WINDOW, MAX_LAG), "sample alignment");
        double max = AudioFixtures.maxError(ours, expected, 0, expected.length);
        System.out.printf("MP3 %s from %.0f s vs librosa %s/%s: lag 0, max abs error %.3g, RMS %.3g%n", file, offset,
                clip, reference, max, AudioFixtures.rmsError(ours, expected, 0, expected.length));
        return max;
    }

    @Test
    void emotifyHeadLinesUpWithLibrosa() {
        assertTrue(compare(ROCK, 0, 2, "emotify_rock_147_0-30s", "y_native_head2s.npy") < 1e-5);
    }

    @Test
    void emotifyOffsetClipLinesUpWithLibrosa() {
        assertTrue(compare(ROCK, 12, 3, "emotify_rock_147_12-15s", "y_native.npy") < 1e-5);
    }

    @Test
    void fourQuadrant32kHzFileLinesUpWithLibrosa() {
        String file = "4q-dev/Q2/MT0000956340.mp3";
        assertTrue(compare(file, 0, 2, "4q_Q2_MT0000956340_full", "y_native_head2s.npy") < 1e-5);
        AudioSignal whole = Audio.loadNative(AudioFixtures.dataset(file));
        assertEquals(32000, whole.sampleRate());
        assertEquals(961920, whole.samples().length); // params.json n_samples_native
    }

    /**
     * Puts a LAME Info frame (delay 576, padding 1000) in front of an untagged stream: mpg123 then skips
     * delay + 529 samples and keeps frames * 1152 - delay - padding, and so must we.
     */
    @Test
    void lameInfoFrameTrimsDelayAndPaddingLikeMpg123() throws IOException {
        Path file = AudioFixtures.dataset(ROCK);
        byte[] plain = Files.readAllBytes(file);
        int first = 327; // after this file's ID3v2 tag
        MpegFrame frame = MpegFrame.parse(plain, first);
        int frames = 2298;
        byte[] info = infoFrame(plain, first, frame, frames, 576, 1000);
        byte[] tagged = new byte[plain.length + info.length];
        System.arraycopy(plain, 0, tagged, 0, first);
        System.arraycopy(info, 0, tagged, first, info.length);
        System.arraycopy(plain, first, tagged, first + info.length, plain.length - first);

        float[] untrimmed = decode(file, plain);
        assertEquals(frames * 1152, untrimmed.length);
        float[] trimmed = decode(file, tagged);
        int skip = 576 + GaplessInfo.DECODER_DELAY;
        assertArrayEquals(Arrays.copyOfRange(untrimmed, skip, skip + frames * 1152 - 576 - 1000), trimmed);
    }

    /** A Xing "Info" frame with the frame count and a LAME extension, in the format of the frame at {@code at}. */
    static byte[] infoFrame(byte[] stream, int at, MpegFrame frame, int frames, int delay, int padding) {
        ByteBuffer b = ByteBuffer.allocate(frame.length());
        b.put(stream, at, 4).position(frame.sideInfoEnd());
        b.put(AudioFixtures.ascii("Info")).putInt(1).putInt(frames).put(AudioFixtures.ascii("LAME3.99r"));
        b.position(b.position() + 12);
        b.put((byte) (delay >> 4)).put((byte) ((delay & 15) << 4 | padding >> 8)).put((byte) padding);
        return b.array();
    }

    /** Ten whole frames, then junk holding a false frame sync: all ten frames decode, and nothing more. */
    @Test
    void junkAfterTheLastFrameIsIgnored() throws IOException {
        Path file = AudioFixtures.dataset(ROCK);
        byte[] bytes = Files.readAllBytes(file);
        int end = 327;
        for (int i = 0; i < 10; i++) {
            end += MpegFrame.parse(bytes, end).length();
        }
        byte[] junk = {0x00, 0x11, (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0, 0, 0, 0};
        byte[] withJunk = Arrays.copyOf(bytes, end + junk.length);
        System.arraycopy(junk, 0, withJunk, end, junk.length);
        float[] decoded = decode(file, withJunk);
        assertEquals(10 * 1152, decoded.length);
        assertArrayEquals(decode(file, Arrays.copyOf(bytes, end)), decoded);
    }

    @Test
    void truncatedAndFramelessStreamsAreErrorsNamingTheFile() throws IOException {
        Path file = AudioFixtures.dataset(ROCK);
        byte[] cut = Arrays.copyOf(Files.readAllBytes(file), 500_000);
        AudioException e = assertThrows(AudioException.class, () -> decode(file, cut));
        assertTrue(e.getMessage().startsWith(file + ": truncated MPEG audio"), e.getMessage());

        byte[] noFrames = Arrays.copyOf(Files.readAllBytes(file), 2000);
        Arrays.fill(noFrames, 10, noFrames.length, (byte) 0x55);
        noFrames[9] = 0x10; // an ID3v2 tag of 16 bytes, then no frame sync anywhere
        e = assertThrows(AudioException.class, () -> decode(file, noFrames));
        assertTrue(e.getMessage().startsWith(file + ": no MPEG audio frame found"), e.getMessage());
    }
}

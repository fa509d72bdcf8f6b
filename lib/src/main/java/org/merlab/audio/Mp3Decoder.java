package org.merlab.audio;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.JavaLayerException;
import javazoom.jl.decoder.Obuffer;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

/**
 * Decodes MPEG audio (layers I-III, MPEG-1/2/2.5) with JLayer's decoder, to match libsndfile 1.2 (which uses
 * mpg123 with float output and gapless mode) as {@code librosa.load} sees it:
 * <ul>
 *   <li>samples are JLayer's synthesis output before its 16-bit rounding, divided by JLayer's scale factor 32700
 *       (measured: max abs difference from libsndfile 5.7e-7 on an Emotify track, sample lag 0);</li>
 *   <li>ID3v2 at the start and ID3v1/APEv2 at the end are cut off before decoding, because JLayer drops the last
 *       frame when a tag follows it;</li>
 *   <li>a Xing/Info frame is not decoded, and its LAME delay/padding trim the output exactly as mpg123 does
 *       (see {@link GaplessInfo}). Streams without that tag are not trimmed, as in mpg123.</li>
 * </ul>
 */
final class Mp3Decoder {

    /**
     * The version of the samples this decoder (JLayer plus our gapless trimming) produces. Raise it whenever they
     * change (a fix, a dependency upgrade that changes them): it is part of {@link Audio#SIGNATURE}, hence of every
     * feature cache key, so features cached from the old samples are recomputed. {@code AudioTest} pins what each
     * version gives.
     */
    static final int VERSION = 1;


    /** JLayer's {@code Decoder} multiplies PCM by 32700 (not 32768) before rounding to 16 bits. */
    private static final float JLAYER_SCALE = 32700f;
    private static final int ID3V1_LENGTH = 128;
    private static final int APE_FOOTER_LENGTH = 32;

    private Mp3Decoder() {
    }

    static void decode(Path file, byte[] bytes, MonoBuffer out) {
        int end = audioEnd(bytes);
        int first = MpegFrame.find(bytes, id3v2End(bytes), end, end);
        if (first < 0) {
            throw new AudioException(file, "no MPEG audio frame found");
        }
        MpegFrame head = MpegFrame.parse(bytes, first);
        GaplessInfo gapless = null;
        int audioStart = first;
        if (head.layer() == 3 && GaplessInfo.isTagFrame(bytes, first, head)) { // mpg123 looks for it in layer III only
            gapless = GaplessInfo.read(bytes, first, head);
            audioStart = first + head.length();
        }
        int framesEnd = framesEnd(file, bytes, audioStart, end);
        out.begin(head.sampleRate());
        long skip = gapless == null ? 0 : gapless.skip();
        long keep = gapless == null ? Long.MAX_VALUE : gapless.length(head.samples());
        run(file, new Bitstream(new ByteArrayInputStream(bytes, audioStart, framesEnd - audioStart)),
                new FrameSink(out, skip, keep));
    }

    private static void run(Path file, Bitstream stream, FrameSink sink) {
        Decoder decoder = new Decoder();
        decoder.setOutputBuffer(sink);
        int frames = 0;
        try {
            for (Header h = stream.readFrame(); h != null && !sink.done(); h = stream.readFrame()) {
                sink.channels = h.mode() == Header.SINGLE_CHANNEL ? 1 : 2;
                decoder.decodeFrame(h, stream);
                stream.closeFrame();
                frames++;
            }
        } catch (JavaLayerException | RuntimeException e) {
            throw new AudioException(file, "corrupt MPEG audio at frame " + frames, e);
        }
        if (frames == 0 && !sink.done()) {
            throw new AudioException(file, "no decodable MPEG audio frame");
        }
    }

    /**
     * Walks the frame headers to the end of the last whole frame, so that a cut-off last frame is reported rather
     * than silently dropped, and so that JLayer, which drops a frame not followed by another sync or the end of
     * its input, is given no trailing junk. Bytes that are not a header are skipped to the next sync, as decoders
     * do after a damaged frame; a "header" found while skipping that would run past the end is junk.
     */
    private static int framesEnd(Path file, byte[] bytes, int start, int end) {
        boolean chained = true;
        int framesEnd = start;
        for (int at = start; at < end; ) {
            MpegFrame f = MpegFrame.parse(bytes, at);
            if (f == null || (!chained && at + f.length() > end)) {
                at++;
                chained = false;
            } else if (at + f.length() > end) {
                throw new AudioException(file, "truncated MPEG audio: the frame at byte " + at + " needs "
                        + f.length() + " bytes, " + (end - at) + " remain");
            } else {
                at += f.length();
                framesEnd = at;
                chained = true;
            }
        }
        return framesEnd;
    }

    /** The end of an ID3v2 tag at the start (10-byte header, syncsafe size, optional 10-byte footer), else 0. */
    private static int id3v2End(byte[] b) {
        if (!Container.startsWith(b, 0, "ID3") || b.length < 10) {
            return 0;
        }
        int size = (b[6] & 0x7F) << 21 | (b[7] & 0x7F) << 14 | (b[8] & 0x7F) << 7 | (b[9] & 0x7F);
        boolean footer = (b[5] & 0x10) != 0;
        return Math.min(b.length, 10 + size + (footer ? 10 : 0));
    }

    /** The end of the audio frames: before a trailing ID3v1 tag and an APEv2 tag, if present. */
    private static int audioEnd(byte[] b) {
        int end = b.length;
        if (end >= ID3V1_LENGTH && Container.startsWith(b, end - ID3V1_LENGTH, "TAG")) {
            end -= ID3V1_LENGTH;
        }
        int footer = end - APE_FOOTER_LENGTH;
        if (footer >= 0 && Container.startsWith(b, footer, "APETAGEX")) {
            int size = (b[footer + 12] & 0xFF) | (b[footer + 13] & 0xFF) << 8 | (b[footer + 14] & 0xFF) << 16
                    | (b[footer + 15] & 0xFF) << 24;
            boolean header = (b[footer + 23] & 0x80) != 0;
            end = Math.max(0, end - size - (header ? APE_FOOTER_LENGTH : 0));
        }
        return end;
    }

    /**
     * Receives JLayer's per-channel float PCM, frame by frame, and passes on the samples in
     * {@code [skip, skip + keep)} of the decoded stream.
     */
    private static final class FrameSink extends Obuffer {
        private static final int MAX_FRAME = 1152;
        private final MonoBuffer out;
        private final float[][] pcm = new float[2][MAX_FRAME];
        private final int[] filled = new int[2];
        private final int[] offsets = new int[2];
        private final long skip;
        private final long keep;
        private long position;
        int channels = 2;

        FrameSink(MonoBuffer out, long skip, long keep) {
            this.out = out;
            this.skip = skip;
            this.keep = keep;
        }

        boolean done() {
            return out.full() || position >= skip + keep;
        }

        @Override
        public void appendSamples(int channel, float[] samples) {
            float[] dest = pcm[channel];
            int n = filled[channel];
            for (int i = 0; i < samples.length; i++) {
                dest[n + i] = samples[i] / JLAYER_SCALE;
            }
            filled[channel] = n + samples.length;
        }

        @Override
        public void append(int channel, short value) {
            throw new UnsupportedOperationException("JLayer delivers float samples through appendSamples");
        }

        /** JLayer calls this at the end of each frame (layer III also after each granule pair). */
        @Override
        public void write_buffer(int ignored) {
            long n = filled[0];
            long from = Math.max(position, skip);
            long to = Math.min(position + n, skip + keep);
            if (to > from) {
                int first = (int) (from - position);
                offsets[0] = first;
                offsets[1] = first;
                out.add(pcm, offsets, channels, (int) (to - from));
            }
            position += n;
            clear_buffer();
        }

        @Override
        public void clear_buffer() {
            filled[0] = 0;
            filled[1] = 0;
        }

        @Override
        public void close() {
            // nothing held
        }

        @Override
        public void set_stop_flag() {
            // decoding is driven frame by frame; there is no playback to stop
        }
    }
}

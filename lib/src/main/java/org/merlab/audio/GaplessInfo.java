package org.merlab.audio;

/**
 * The encoder delay and padding that LAME (and ffmpeg's LAME-compatible writer) stores in the Xing/Info frame at
 * the start of an MP3, read the way mpg123 reads it (libmpg123 {@code parse.c}, {@code check_lame_tag}).
 * The Info frame itself is not audio and is never decoded. mpg123 then drops the first {@code delay + 529} decoded
 * samples (529 = {@code GAPLESS_DELAY}, the delay of the layer III synthesis filterbank) and ends the stream at
 * sample {@code frames * samplesPerFrame - padding + 529}, so exactly {@code frames * spf - delay - padding} remain.
 * libsndfile 1.2 opens mpg123 with {@code MPG123_GAPLESS | MPG123_FORCE_FLOAT} ({@code src/mpeg_decode.c}), so this
 * is what {@code librosa.load} gets. On a LAME-tagged Emotify file (pop/10.mp3: delay 576, padding 1668) JLayer
 * alone, like the javax.sound SPI, gives 1152 + 576 + 529 = 2257 more leading samples; no librosa fixture of a
 * tagged file exists to confirm this end to end.
 *
 * @param frames  audio frames after the Info frame (the Xing "frames" field)
 * @param delay   encoder delay in samples (12 bits)
 * @param padding encoder padding at the end in samples (12 bits)
 */
record GaplessInfo(long frames, int delay, int padding) {

    /** mpg123's {@code GAPLESS_DELAY}: decoder delay of the MPEG audio synthesis filterbank, in samples. */
    static final int DECODER_DELAY = 529;

    private static final int FRAMES_FLAG = 1;
    private static final int BYTES_FLAG = 2;
    private static final int TOC_FLAG = 4;
    private static final int QUALITY_FLAG = 8;
    /** Offset of the 3 delay/padding bytes inside the LAME extension, after its 9-byte version string. */
    private static final int DELAY_PADDING_OFFSET = 21;

    /** Whether the frame at {@code at} is a Xing/Info tag frame rather than audio. */
    static boolean isTagFrame(byte[] b, int at, MpegFrame frame) {
        int tag = at + frame.sideInfoEnd();
        return Container.startsWith(b, tag, "Xing") || Container.startsWith(b, tag, "Info");
    }

    /**
     * The gapless information in the tag frame at {@code at}, or null if it lacks the frame count or a LAME
     * extension (mpg123 then trims nothing).
     */
    static GaplessInfo read(byte[] b, int at, MpegFrame frame) {
        int p = at + frame.sideInfoEnd() + 4;
        int end = at + frame.length();
        if (p + 4 > end || end > b.length) {
            return null;
        }
        int flags = readInt(b, p);
        p += 4;
        if ((flags & FRAMES_FLAG) == 0) {
            return null;
        }
        long frames = Integer.toUnsignedLong(readInt(b, p));
        p += 4;
        p += ((flags & BYTES_FLAG) != 0 ? 4 : 0) + ((flags & TOC_FLAG) != 0 ? 100 : 0)
                + ((flags & QUALITY_FLAG) != 0 ? 4 : 0);
        boolean lame = Container.startsWith(b, p, "LAME") || Container.startsWith(b, p, "Lav");
        if (!lame || p + DELAY_PADDING_OFFSET + 3 > end) {
            return null;
        }
        int d = p + DELAY_PADDING_OFFSET;
        int delay = (b[d] & 0xFF) << 4 | (b[d + 1] & 0xFF) >> 4;
        int padding = (b[d + 1] & 0x0F) << 8 | (b[d + 2] & 0xFF);
        return new GaplessInfo(frames, delay, padding);
    }

    /** Decoded samples to drop at the start. */
    long skip() {
        return delay + DECODER_DELAY;
    }

    /** Samples kept after the skip: {@code frames * samplesPerFrame - delay - padding}. */
    long length(int samplesPerFrame) {
        return Math.max(0, frames * samplesPerFrame - delay - padding);
    }

    private static int readInt(byte[] b, int p) {
        return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
    }
}

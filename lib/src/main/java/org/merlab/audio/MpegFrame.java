package org.merlab.audio;

/**
 * One MPEG-1/2/2.5 audio frame header (ISO 11172-3 / 13818-3): the fields needed to walk a stream frame by frame
 * and to find a Xing/Info tag. {@code length} is the whole frame in bytes, {@code samples} the PCM frames it
 * decodes to.
 */
record MpegFrame(int version, int layer, int sampleRate, int channels, int length, int samples, boolean crc) {

    static final int MPEG1 = 1;

    private static final int[][] BITRATE_KBPS = {
            {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG-1 layer II
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG-1 layer III
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG-2/2.5 layer I
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},         // MPEG-2/2.5 layers II, III
    };
    private static final int[] MPEG1_RATES = {44100, 48000, 32000};

    /** The header at {@code at}, or null if there is none (no sync, reserved fields or free-format bitrate). */
    static MpegFrame parse(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length || (b[at] & 0xFF) != 0xFF || (b[at + 1] & 0xE0) != 0xE0) {
            return null;
        }
        int versionBits = (b[at + 1] >> 3) & 3;
        int layerBits = (b[at + 1] >> 1) & 3;
        int bitrateIndex = (b[at + 2] >> 4) & 15;
        int rateIndex = (b[at + 2] >> 2) & 3;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return null;
        }
        int version = versionBits == 3 ? MPEG1 : versionBits == 2 ? 2 : 25;
        int layer = 4 - layerBits;
        int sampleRate = MPEG1_RATES[rateIndex] / (version == MPEG1 ? 1 : version == 2 ? 2 : 4);
        int table = version == MPEG1 ? layer - 1 : layer == 1 ? 3 : 4;
        int bitrate = BITRATE_KBPS[table][bitrateIndex] * 1000;
        int padding = (b[at + 2] >> 1) & 1;
        int channels = ((b[at + 3] >> 6) & 3) == 3 ? 1 : 2;
        boolean crc = (b[at + 1] & 1) == 0;
        int length;
        int samples;
        if (layer == 1) {
            length = (12 * bitrate / sampleRate + padding) * 4;
            samples = 384;
        } else if (layer == 3 && version != MPEG1) {
            length = 72 * bitrate / sampleRate + padding;
            samples = 576;
        } else {
            length = 144 * bitrate / sampleRate + padding;
            samples = 1152;
        }
        return new MpegFrame(version, layer, sampleRate, channels, length, samples, crc);
    }

    /**
     * The first header at or after {@code from} and before {@code scanEnd} that is followed by another header or
     * ends exactly at {@code end}, as decoders synchronise; -1 if there is none.
     */
    static int find(byte[] b, int from, int scanEnd, int end) {
        for (int at = from; at < scanEnd; at++) {
            MpegFrame f = parse(b, at);
            if (f != null && (at + f.length() == end || parse(b, at + f.length()) != null)) {
                return at;
            }
        }
        return -1;
    }

    /** Byte offset, from the frame start, of the main data: header, optional CRC, layer III side information. */
    int sideInfoEnd() {
        int sideInfo = version == MPEG1 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17);
        return 4 + (crc ? 2 : 0) + sideInfo;
    }
}

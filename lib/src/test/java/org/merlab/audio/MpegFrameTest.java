package org.merlab.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MpegFrameTest {

    private static MpegFrame parse(int... header) {
        byte[] b = new byte[header.length];
        for (int i = 0; i < header.length; i++) {
            b[i] = (byte) header[i];
        }
        return MpegFrame.parse(b, 0);
    }

    @Test
    void parsesMpeg1AndMpeg2LayerThreeHeaders() {
        // Emotify: MPEG-1 layer III, 128 kbit/s, 44.1 kHz, joint stereo: 144 * 128000 / 44100 = 417 bytes
        assertEquals(new MpegFrame(1, 3, 44100, 2, 417, 1152, false), parse(0xFF, 0xFB, 0x90, 0x64));
        // padded, with CRC: 418 bytes and the side information starts 2 bytes later
        MpegFrame crc = parse(0xFF, 0xFA, 0x92, 0x64);
        assertEquals(418, crc.length());
        assertEquals(4 + 2 + 32, crc.sideInfoEnd());
        // MPEG-2 layer III, 80 kbit/s, 22.05 kHz, mono: 72 * 80000 / 22050 = 261 bytes, 576 samples
        MpegFrame lsf = parse(0xFF, 0xF3, 0x90, 0xC4);
        assertEquals(new MpegFrame(2, 3, 22050, 1, 261, 576, false), lsf);
        assertEquals(4 + 9, lsf.sideInfoEnd());
    }

    @Test
    void rejectsWhatIsNotAHeader() {
        assertNull(parse(0xFF, 0xFB, 0xF0, 0x64)); // bitrate index 15
        assertNull(parse(0xFF, 0xFB, 0x0C, 0x64)); // free format and reserved rate
        assertNull(parse(0xFF, 0xEB, 0x90, 0x64)); // reserved version
        assertNull(parse(0xFF, 0xF9, 0x90, 0x64)); // reserved layer
        assertNull(parse(0x49, 0x44, 0x33, 0x03)); // "ID3"
        assertNull(parse(0xFF, 0xFB, 0x90));       // too short
    }

    @Test
    void findsTheFirstHeaderFollowedByAnotherOrByTheEnd() {
        byte[] b = new byte[10 + 2 * 417];
        byte[] header = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64};
        System.arraycopy(header, 0, b, 3, 4); // a lone false sync: its "next frame" is not a header
        System.arraycopy(header, 0, b, 10, 4);
        System.arraycopy(header, 0, b, 427, 4);
        assertEquals(10, MpegFrame.find(b, 0, b.length, b.length));
        assertEquals(427, MpegFrame.find(b, 11, b.length, b.length)); // the last frame ends exactly at the end
        assertEquals(-1, MpegFrame.find(b, 0, 10, b.length));
    }
}

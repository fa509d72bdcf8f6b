package org.merlab.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaplessInfoTest {

    private static final byte[] HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64};
    private static final MpegFrame FRAME = MpegFrame.parse(HEADER, 0);

    @Test
    void readsLameDelayAndPadding() {
        byte[] info = Mp3DecoderTest.infoFrame(HEADER, 0, FRAME, 2301, 576, 1668);
        assertTrue(GaplessInfo.isTagFrame(info, 0, FRAME));
        GaplessInfo g = GaplessInfo.read(info, 0, FRAME);
        assertEquals(new GaplessInfo(2301, 576, 1668), g);
        assertEquals(576 + 529, g.skip());
        assertEquals(2301L * 1152 - 576 - 1668, g.length(1152));
    }

    @Test
    void audioFramesAndTagsWithoutLameInformationTrimNothing() {
        byte[] audio = new byte[FRAME.length()];
        System.arraycopy(HEADER, 0, audio, 0, 4);
        assertFalse(GaplessInfo.isTagFrame(audio, 0, FRAME));

        byte[] xingOnly = Mp3DecoderTest.infoFrame(HEADER, 0, FRAME, 100, 576, 0);
        System.arraycopy(AudioFixtures.ascii("Xing"), 0, xingOnly, FRAME.sideInfoEnd(), 4);
        System.arraycopy(new byte[9], 0, xingOnly, FRAME.sideInfoEnd() + 12, 9); // no LAME version string
        assertTrue(GaplessInfo.isTagFrame(xingOnly, 0, FRAME));
        assertNull(GaplessInfo.read(xingOnly, 0, FRAME));
    }
}

package org.merlab.audio;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.merlab.audio.AudioFixtures.ascii;

class ContainerTest {

    private static final Path FILE = Path.of("dir/song.mp3");

    private static byte[] oggPage(String codecMagic) {
        byte[] page = new byte[64];
        System.arraycopy(ascii("OggS"), 0, page, 0, 4);
        byte[] magic = ascii(codecMagic);
        System.arraycopy(magic, 0, page, 28, magic.length);
        return page;
    }

    @Test
    void recognisesFormatsByTheirBytesNotTheirName() {
        byte[] wav = AudioFixtures.wav(AudioFixtures.PCM, false, 1, 8000, 16, AudioFixtures.pcm16(0));
        assertEquals(Container.WAV, Container.sniff(FILE, wav));
        assertEquals(Container.OGG_VORBIS, Container.sniff(FILE, oggPage("\u0001vorbis")));
        assertEquals(Container.FLAC, Container.sniff(FILE, ascii("fLaC\u0000\u0000\u0000\u0010")));
        byte[] id3 = ascii("ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000");
        assertEquals(Container.MP3, Container.sniff(Path.of("x.wav"), id3));
        // two empty 417-byte MPEG-1 layer III frames behind 100 bytes of junk, without an ID3 tag
        byte[] frames = new byte[100 + 2 * 417];
        for (int at : new int[] {100, 517}) {
            System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64}, 0, frames, at, 4);
        }
        assertEquals(Container.MP3, Container.sniff(FILE, frames));
    }

    @Test
    void rejectsOpusOggFlacGarbageAndEmptyFilesNamingTheFile() {
        assertProblem(oggPage("OpusHead"), "unsupported Ogg codec: Opus", true);
        assertProblem(oggPage("\u007fFLAC"), "unsupported Ogg codec: FLAC", true);
        assertProblem(ascii("<html>not audio</html>"), "unrecognised audio format (extension .mp3)", true);
        assertProblem(new byte[0], "empty file", false);
    }

    /** {@code unsupported}: the bytes are in no format decoded here, not a broken file of one. */
    private static void assertProblem(byte[] bytes, String problem, boolean unsupported) {
        AudioException e = assertThrows(AudioException.class, () -> Container.sniff(FILE, bytes));
        assertEquals(FILE, e.file());
        assertTrue(e.getMessage().startsWith(FILE + ": ") && e.getMessage().contains(problem), e.getMessage());
        assertEquals(unsupported, e instanceof UnsupportedFormatException, e.getMessage());
    }
}

package org.merlab.audio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** The audio formats {@link Audio} decodes, recognised from their leading bytes (never from the file name). */
enum Container {
    WAV, MP3, OGG_VORBIS, FLAC;

    private static final int OGG_HEAD_SCAN = 512;
    /** How far into a file without ID3 tag to look for two consecutive MPEG frame headers. */
    private static final int MPEG_SYNC_SCAN = 4096;

    /**
     * The container of {@code bytes}: {@code RIFF....WAVE}; {@code OggS} whose first packet is a Vorbis
     * identification header ({@code \1vorbis}); native FLAC ({@code fLaC}); or MPEG audio, either behind an ID3v2
     * tag or with two consecutive frame headers within its first 4 KB. Anything else (Opus, FLAC inside Ogg, text,
     * ...) is an {@link UnsupportedFormatException} naming the file.
     */
    static Container sniff(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new AudioException(file, "empty file");
        }
        if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE")) {
            return WAV;
        }
        if (startsWith(bytes, 0, "fLaC")) {
            return FLAC;
        }
        if (startsWith(bytes, 0, "OggS")) {
            byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, OGG_HEAD_SCAN));
            if (indexOf(head, "\u0001vorbis") >= 0) {
                return OGG_VORBIS;
            }
            // jFLAC reads native FLAC streams only; Ogg FLAC is rare, and flac -d turns it into native FLAC.
            String codec = indexOf(head, "OpusHead") >= 0 ? "Opus"
                    : indexOf(head, "\u007fFLAC") >= 0 ? "FLAC" : "unknown";
            throw new UnsupportedFormatException(file, "unsupported Ogg codec: " + codec
                    + " (only Vorbis is decoded in Ogg; FLAC is decoded as a native .flac file)");
        }
        if (startsWith(bytes, 0, "ID3")
                || MpegFrame.find(bytes, 0, Math.min(bytes.length, MPEG_SYNC_SCAN), bytes.length) >= 0) {
            return MP3;
        }
        throw new UnsupportedFormatException(file, "unrecognised audio format" + extension(file)
                + "; expected WAV, MP3, Ogg Vorbis or FLAC");
    }

    private static String extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : " (extension " + name.substring(dot) + ")";
    }

    static boolean startsWith(byte[] bytes, int at, String ascii) {
        byte[] magic = ascii.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= at + magic.length
                && Arrays.equals(bytes, at, at + magic.length, magic, 0, magic.length);
    }

    private static int indexOf(byte[] bytes, String ascii) {
        for (int i = 0; i + ascii.length() <= bytes.length; i++) {
            if (startsWith(bytes, i, ascii)) {
                return i;
            }
        }
        return -1;
    }
}

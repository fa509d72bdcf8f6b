package org.merlab.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes RIFF/WAVE as libsndfile does for {@code soundfile.read(dtype='float32')}: PCM 8-bit (unsigned, (u-128)/128),
 * 16/24/32-bit signed (divided by 2^15, 2^23, 2^31), IEEE float 32/64 (as stored, float64 rounded to float32), and
 * WAVE_FORMAT_EXTENSIBLE wrapping either. Chunks other than {@code fmt } and {@code data} are skipped (word-aligned).
 */
final class WavDecoder {

    /**
     * The version of the samples this decoder produces. Raise it whenever they change (a fix, a dependency upgrade that
     * changes them): it is part of {@link Audio#SIGNATURE}, hence of every feature cache key, so features cached from
     * the old samples are recomputed. {@code AudioTest} pins what each version gives.
     */
    static final int VERSION = 1;


    private static final int PCM = 1;
    private static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final int BLOCK_FRAMES = 4096;

    private WavDecoder() {
    }

    /** Header fields of the {@code fmt } chunk that decoding needs. */
    private record Format(int tag, int channels, int sampleRate, int bits, int blockAlign) {
    }

    static void decode(Path file, byte[] bytes, MonoBuffer out) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12) {
            throw new AudioException(file, "truncated WAV header (" + bytes.length + " bytes)");
        }
        buf.position(12);
        Format format = null;
        while (buf.remaining() >= 8) {
            String id = new String(bytes, buf.position(), 4, StandardCharsets.US_ASCII);
            buf.position(buf.position() + 4);
            long size = Integer.toUnsignedLong(buf.getInt());
            int body = buf.position();
            if (id.equals("fmt ")) {
                format = readFormat(file, buf, size);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new AudioException(file, "WAV data chunk comes before its fmt chunk");
                }
                if (size > buf.remaining()) {
                    throw new AudioException(file, "truncated WAV data: chunk declares " + size + " bytes, "
                            + buf.remaining() + " present");
                }
                decodeData(buf, (int) size, format, out);
                return;
            }
            long next = body + size + (size & 1);
            if (next > bytes.length) {
                break;
            }
            buf.position((int) next);
        }
        throw new AudioException(file, format == null ? "truncated WAV header: no fmt chunk" : "WAV has no data chunk");
    }

    private static Format readFormat(Path file, ByteBuffer buf, long size) {
        if (size < 16 || size > buf.remaining()) {
            throw new AudioException(file, "truncated WAV fmt chunk (" + size + " bytes declared, "
                    + buf.remaining() + " present)");
        }
        int tag = Short.toUnsignedInt(buf.getShort());
        int channels = Short.toUnsignedInt(buf.getShort());
        int sampleRate = buf.getInt();
        buf.getInt(); // byte rate: derived, not needed
        int blockAlign = Short.toUnsignedInt(buf.getShort());
        int bits = Short.toUnsignedInt(buf.getShort());
        if (tag == EXTENSIBLE) {
            if (size < 40) {
                throw new AudioException(file, "truncated WAVE_FORMAT_EXTENSIBLE fmt chunk (" + size + " bytes)");
            }
            buf.position(buf.position() + 8); // cbSize, valid bits, channel mask
            tag = Short.toUnsignedInt(buf.getShort()); // the sub-format GUID starts with the plain format tag
        }
        if (channels == 0 || sampleRate <= 0) {
            throw new AudioException(file, "WAV declares " + channels + " channels at " + sampleRate + " Hz");
        }
        boolean pcm = tag == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
        boolean flt = tag == IEEE_FLOAT && (bits == 32 || bits == 64);
        if (!pcm && !flt) {
            throw new AudioException(file, "unsupported WAV encoding: format tag " + tag + ", " + bits + " bits");
        }
        if (blockAlign != channels * bits / 8) {
            throw new AudioException(file, "WAV block align " + blockAlign + " does not match " + channels
                    + " channels of " + bits + " bits");
        }
        return new Format(tag, channels, sampleRate, bits, blockAlign);
    }

    private static void decodeData(ByteBuffer buf, int size, Format f, MonoBuffer out) {
        out.begin(f.sampleRate());
        int frames = size / f.blockAlign();
        float[][] block = new float[f.channels()][BLOCK_FRAMES];
        int[] offsets = new int[f.channels()];
        for (int done = 0; done < frames && !out.full(); ) {
            int n = Math.min(BLOCK_FRAMES, frames - done);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < f.channels(); c++) {
                    block[c][i] = sample(buf, f);
                }
            }
            out.add(block, offsets, f.channels(), n);
            done += n;
        }
    }

    private static float sample(ByteBuffer buf, Format f) {
        if (f.tag() == IEEE_FLOAT) {
            return f.bits() == 32 ? buf.getFloat() : (float) buf.getDouble();
        }
        return switch (f.bits()) {
            case 8 -> ((buf.get() & 0xFF) - 128) / 128f;
            case 16 -> buf.getShort() / 32768f;
            case 24 -> ((buf.get() & 0xFF) | (buf.get() & 0xFF) << 8 | buf.get() << 16) / 8388608f;
            default -> buf.getInt() / 2147483648f;
        };
    }
}

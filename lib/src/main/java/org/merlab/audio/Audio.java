package org.merlab.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads audio files as {@code librosa.load} does: decode (WAV, MP3, Ogg Vorbis, FLAC; the format is recognised from the
 * bytes), average the channels to mono float32, cut {@code offset}/{@code duration} at the native rate, then
 * resample with {@link Resampler} (soxr HQ). Every failure is an {@link AudioException} naming the file.
 */
public final class Audio {

    /** librosa's default sample rate. */
    public static final int DEFAULT_SR = 22050;

    /**
     * What {@link #load} gives for given bytes depends on: each decoder's and the resampler's {@code VERSION}.
     * {@code org.merlab.features.FeatureCache} puts it in every key, so a change in decoding recomputes features.
     */
    public static final String SIGNATURE = "audio wav/" + WavDecoder.VERSION + " mp3/" + Mp3Decoder.VERSION
            + " ogg/" + VorbisDecoder.VERSION + " flac/" + FlacDecoder.VERSION + " resampler/" + Resampler.VERSION;

    private Audio() {
    }

    /** {@code librosa.load(file)}: the whole file, mono, at 22050 Hz. */
    public static AudioSignal load(Path file) {
        return load(file, DEFAULT_SR, 0, 0);
    }

    /** {@code librosa.load(file, sr=None)}: the whole file, mono, at its native rate. */
    public static AudioSignal loadNative(Path file) {
        return load(file, 0, 0, 0);
    }

    /**
     * {@code librosa.load(file, sr=sr, offset=offsetSec, duration=durationSec)}: frames
     * {@code [(long) (offset * srNative), + (long) (duration * srNative))} of the decoded file, mono, resampled to
     * {@code sr}.
     *
     * @param sr          target rate in Hz; {@code <= 0} keeps the native rate
     * @param offsetSec   start in seconds, {@code >= 0}, not past the end
     * @param durationSec length in seconds; {@code <= 0} reads to the end
     */
    public static AudioSignal load(Path file, int sr, double offsetSec, double durationSec) {
        if (!(offsetSec >= 0) || Double.isInfinite(offsetSec)) {
            throw new AudioException(file, "offset must be a finite number of seconds >= 0, got " + offsetSec);
        }
        if (Double.isNaN(durationSec)) {
            throw new AudioException(file, "duration must be a number of seconds, got NaN");
        }
        byte[] bytes = read(file);
        MonoBuffer buffer = new MonoBuffer(offsetSec, durationSec);
        switch (Container.sniff(file, bytes)) {
            case WAV -> WavDecoder.decode(file, bytes, buffer);
            case MP3 -> Mp3Decoder.decode(file, bytes, buffer);
            case OGG_VORBIS -> VorbisDecoder.decode(file, bytes, buffer);
            case FLAC -> FlacDecoder.decode(file, bytes, buffer);
        }
        if (buffer.framesSeen() < buffer.startFrame()) {
            throw new AudioException(file, "offset " + offsetSec + " s is past the end ("
                    + buffer.framesSeen() / (double) buffer.sampleRate() + " s)");
        }
        int nativeRate = buffer.sampleRate();
        float[] samples = buffer.samples();
        if (sr <= 0 || sr == nativeRate) {
            return new AudioSignal(samples, nativeRate);
        }
        return new AudioSignal(Resampler.resample(samples, nativeRate, sr), sr);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AudioException(file, "file not found");
        } catch (IOException e) {
            throw new AudioException(file, "cannot read file", e);
        }
    }
}

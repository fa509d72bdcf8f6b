package org.merlab.audio;

import java.util.Locale;
import java.util.Objects;

/**
 * A mono signal: float32 samples in [-1, 1] (as {@code librosa.load} returns them) and their sample rate in Hz.
 * The array is shared, not copied, so that long signals are not duplicated; callers that change it own that change.
 */
public record AudioSignal(float[] samples, int sampleRate) {

    public AudioSignal {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
    }

    /** Length in seconds, {@code samples.length / sampleRate} ({@code librosa.get_duration(y=y, sr=sr)}). */
    public double durationSeconds() {
        return samples.length / (double) sampleRate;
    }

    /** A one-line summary for notebooks and logs, e.g. {@code AudioSignal[1323648 samples, 22050 Hz, 60.03 s]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AudioSignal[%d samples, %d Hz, %.2f s]",
                samples.length, sampleRate, durationSeconds());
    }
}

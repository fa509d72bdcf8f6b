package org.merlab.audio;

import java.util.Arrays;

/**
 * Collects decoded frames as mono float32, keeping only the span {@code librosa.load(offset=, duration=)} asks for.
 * As librosa (via soundfile) does, the span is counted in frames at the native rate: it starts at frame
 * {@code (long) (offset * sr)} and holds at most {@code (long) (duration * sr)} frames (all frames if duration <= 0).
 * Channels are averaged like {@code librosa.to_mono} on float32 ({@code np.mean}: a float32 sum divided by the count).
 */
final class MonoBuffer {

    private final double offsetSec;
    private final double durationSec;
    private int sampleRate;
    private long start;
    private long limit = -1;
    private long seen;
    private float[] samples = new float[0];
    private int size;

    MonoBuffer(double offsetSec, double durationSec) {
        this.offsetSec = offsetSec;
        this.durationSec = durationSec;
    }

    /** Called by a decoder once the header has given the native rate, before any frames are added. */
    void begin(int nativeRate) {
        sampleRate = nativeRate;
        start = (long) (offsetSec * nativeRate);
        if (durationSec > 0) {
            limit = (long) (durationSec * nativeRate);
            samples = new float[(int) Math.min(limit, 1 << 20)];
        } else {
            samples = new float[1 << 16];
        }
    }

    /**
     * Adds {@code frames} frames given channel by channel: channel {@code c} holds its samples at
     * {@code pcm[c][offsets[c] + i]}; {@code channels} of them are averaged.
     */
    void add(float[][] pcm, int[] offsets, int channels, int frames) {
        for (int i = 0; i < frames && !full(); i++, seen++) {
            if (seen < start) {
                continue;
            }
            float sum = pcm[0][offsets[0] + i];
            for (int c = 1; c < channels; c++) {
                sum += pcm[c][offsets[c] + i];
            }
            append(channels == 1 ? sum : sum / channels);
        }
    }

    private void append(float x) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, Math.max(16, samples.length * 2));
        }
        samples[size++] = x;
    }

    /** True once the offset is reached and the requested duration collected, so a decoder may stop early. */
    boolean full() {
        return limit >= 0 && size >= limit && seen >= start;
    }

    /** Frames seen so far, including those skipped before the offset. */
    long framesSeen() {
        return seen;
    }

    /** The first frame kept, {@code (long) (offset * sr)}. */
    long startFrame() {
        return start;
    }

    int sampleRate() {
        return sampleRate;
    }

    float[] samples() {
        return size == samples.length ? samples : Arrays.copyOf(samples, size);
    }
}

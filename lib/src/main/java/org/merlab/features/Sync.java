package org.merlab.features;

import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * {@code librosa.util.sync(data, idx, aggregate=np.mean, pad=True)} over frames: the boundaries are {@code idx}
 * clipped to {@code [0, frames]} with 0 and {@code frames} added ({@code librosa.util.fix_frames(idx, x_min=0,
 * x_max=frames, pad=True)}), de-duplicated and sorted; column {@code j} of the result is the mean of the frames in
 * {@code [b_j, b_{j+1})}. Beat frames from {@link Beat} make beat-synchronous features.
 */
public final class Sync {

    private Sync() {
    }

    /**
     * @param data {@code [bins][frames]}
     * @param idx  frame indices (e.g. beats); negative ones clip to 0, ones past the end to {@code frames}
     * @return {@code [bins][boundaries - 1]}
     * @throws ParameterException if {@code data} has no frames
     */
    public static float[][] mean(float[][] data, int[] idx) {
        if (data.length == 0 || data[0].length == 0) {
            throw new ParameterException("sync needs at least one frame, got " + data.length + " rows");
        }
        int frames = data[0].length;
        var bounds = new TreeSet<Integer>();
        bounds.add(0);
        bounds.add(frames);
        for (int i : idx) {
            bounds.add(Math.max(0, Math.min(frames, i)));
        }
        int[] b = bounds.stream().mapToInt(Integer::intValue).toArray();
        float[][] out = new float[data.length][b.length - 1];
        for (int r = 0; r < data.length; r++) {
            for (int j = 0; j + 1 < b.length; j++) {
                double sum = 0;
                for (int t = b[j]; t < b[j + 1]; t++) {
                    sum += data[r][t];
                }
                out[r][j] = (float) (sum / (b[j + 1] - b[j]));
            }
        }
        return out;
    }

    /** Frames {@code 0, step, 2 step, ...}: {@link #mean} with them averages every {@code step} frames. */
    public static int[] every(int step, int frames) {
        if (step < 1) {
            throw new ParameterException("the pooling step must be >= 1, got " + step);
        }
        return IntStream.iterate(0, i -> i < frames, i -> i + step).toArray();
    }
}

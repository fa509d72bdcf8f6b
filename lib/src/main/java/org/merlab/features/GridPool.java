package org.merlab.features;

/**
 * Pools frame-wise features onto a coarser time grid (bars, half seconds): the mean of the frames whose time falls
 * in each step, the way per-step annotations (one value per bar or per 0.5 s) are matched with a spectrogram.
 *
 * <p>Frame {@code i} of a centred STFT with hop {@code h} at rate {@code sr} is centred at {@code i h / sr} seconds
 * ({@code librosa.frames_to_time}); step {@code k} takes the frames with {@code boundaries[k] <= t <
 * boundaries[k + 1]}. A step shorter than a hop that catches no frame takes the frame nearest its middle; a step past
 * the last frame takes the last frame.
 */
public final class GridPool {

    private GridPool() {
    }

    /**
     * @param frames     {@code [bins][frames]} (e.g. a log-mel spectrogram in dB)
     * @param boundaries {@code steps + 1} increasing times in seconds
     * @return {@code [steps][bins]}: step-major, as a sequence model reads it
     * @throws ParameterException if there are no frames, or fewer than two boundaries, or they do not increase
     */
    public static float[][] mean(float[][] frames, double[] boundaries, double sr, int hop) {
        if (frames.length == 0 || frames[0].length == 0) {
            throw new ParameterException("frames must be non-empty");
        }
        if (boundaries.length < 2) {
            throw new ParameterException("need at least two boundaries, got " + boundaries.length);
        }
        int bins = frames.length;
        int n = frames[0].length;
        double frameSeconds = hop / sr;
        float[][] out = new float[boundaries.length - 1][bins];
        for (int k = 0; k + 1 < boundaries.length; k++) {
            if (!(boundaries[k + 1] > boundaries[k])) {
                throw new ParameterException("boundaries must increase, got " + boundaries[k] + " then "
                        + boundaries[k + 1] + " at step " + k);
            }
            int from = (int) Math.ceil(boundaries[k] / frameSeconds - 1e-9);
            int to = (int) Math.ceil(boundaries[k + 1] / frameSeconds - 1e-9);
            from = Math.max(0, Math.min(from, n));
            to = Math.max(0, Math.min(to, n));
            if (to <= from) {
                int nearest = (int) Math.min(n - 1L, Math.round((boundaries[k] + boundaries[k + 1]) / 2 / frameSeconds));
                from = Math.max(0, nearest);
                to = from + 1;
            }
            for (int b = 0; b < bins; b++) {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += frames[b][i];
                }
                out[k][b] = (float) (sum / (to - from));
            }
        }
        return out;
    }
}

package org.merlab.features;

import java.util.ArrayList;
import java.util.List;

/**
 * A richer segment descriptor than the paper's 28 means: the mean and the standard deviation over frames of 65
 * frame-feature rows, so a model sees how much timbre, harmony and brightness move within a segment as well as
 * where they sit. The rows, all librosa 0.10.2 defaults (sr 22050, nFft 2048, hop 512, centred, constant padding,
 * Slaney mel) from one STFT of the segment:
 * <pre>
 * chroma_stft(S=power)            12 rows  (Chroma.chromaStft)
 * rms(y)                           1 row   (Spectral.rms)
 * spectral_centroid(S=magnitude)   1 row   (Spectral.spectralCentroid)
 * spectral_bandwidth(S=magnitude)  1 row   (Spectral.spectralBandwidth)
 * spectral_rolloff(S=magnitude)    1 row   (Spectral.spectralRolloff, roll_percent 0.85)
 * zero_crossing_rate(y)            1 row   (Spectral.zeroCrossingRate)
 * mfcc(S=power_to_db(mel), 20)    20 rows  (Mel.mfcc)
 * delta(mfcc, width=9)            20 rows  (Delta.delta)
 * spectral_contrast(S=magnitude)   7 rows  (SpectralContrast.of: 6 bands above 200 Hz)
 * spectral_flatness(S=magnitude)   1 row   (Spectral.spectralFlatness, amin 1e-10, power 2)
 * </pre>
 * Output: {@code [mean(row_0), std(row_0), mean(row_1), std(row_1), ...]}, 130 values in {@link #COLUMNS} order,
 * the standard deviation {@code np.std}'s (population, ddof 0). The MFCC means equal {@link PaperFeatures}' MFCC
 * columns, and the mean of the twelve chroma means its chroma column.
 */
public final class FrameStatistics {

    /** The frame-feature rows, in output order. */
    public static final List<String> ROWS = rows();

    /** {@code <row>_mean, <row>_std} for every row of {@link #ROWS}. */
    public static final List<String> COLUMNS = ROWS.stream().flatMap(r -> java.util.stream.Stream.of(r + "_mean",
            r + "_std")).toList();

    /** Values per segment. */
    public static final int SIZE = COLUMNS.size();

    /** Cache-key part: change it whenever the numbers change. */
    public static final String SIGNATURE = "frame-statistics/1 librosa-0.10.2 sr=22050 n_fft=2048 hop=512 "
            + "chroma12 rms centroid bandwidth rolloff0.85 zcr mfcc20 delta9 contrast6x200Hz/0.02 flatness mean+std";

    private FrameStatistics() {
    }

    /**
     * The statistics of one segment.
     *
     * @param segment mono signal, at least one STFT frame (2048 samples) and 9 frames (for the deltas) long
     * @return {@code [130]} in {@link #COLUMNS} order
     * @throws ParameterException if the segment is too short or holds non-finite samples
     */
    public static double[] of(float[] segment, double sr) {
        int minimum = StftOptions.DEFAULT.hop() * (Delta.WIDTH - 1);
        if (segment.length < Math.max(minimum, StftOptions.DEFAULT.nFft())) {
            throw new ParameterException("frame statistics need at least " + Math.max(minimum,
                    StftOptions.DEFAULT.nFft()) + " samples (" + Delta.WIDTH + " frames), got " + segment.length);
        }
        Spectrogram spectrum = Stft.stft(segment, StftOptions.DEFAULT);
        float[][] magnitude = spectrum.magnitude();
        float[][] power = spectrum.power();
        float[][] mfcc = Mel.mfcc(Mel.powerToDb(Mel.melspectrogram(power, sr)), Mel.N_MFCC);
        List<double[]> rows = new ArrayList<>();
        for (float[] chroma : Chroma.chromaStft(power, sr)) {
            rows.add(doubles(chroma));
        }
        rows.add(doubles(Spectral.rms(segment)));
        rows.add(Spectral.spectralCentroid(magnitude, sr));
        rows.add(Spectral.spectralBandwidth(magnitude, sr));
        rows.add(Spectral.spectralRolloff(magnitude, sr, Spectral.ROLL_PERCENT));
        rows.add(Spectral.zeroCrossingRate(segment));
        for (float[] coefficient : mfcc) {
            rows.add(doubles(coefficient));
        }
        rows.addAll(List.of(Delta.delta(mfcc)));
        rows.addAll(List.of(SpectralContrast.of(magnitude, sr)));
        rows.add(Spectral.spectralFlatness(magnitude));
        double[] out = new double[SIZE];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            double mean = 0;
            for (double v : row) {
                mean += v / row.length;
            }
            double variance = 0;
            for (double v : row) {
                variance += (v - mean) * (v - mean) / row.length;
            }
            out[2 * r] = mean;
            out[2 * r + 1] = Math.sqrt(variance);
        }
        return out;
    }

    private static double[] doubles(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    private static List<String> rows() {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= Chroma.N_CHROMA; c++) {
            names.add("chroma" + c);
        }
        names.addAll(List.of("rms", "spectral_centroid", "spectral_bandwidth", "spectral_rolloff",
                "zero_crossing_rate"));
        for (int k = 1; k <= Mel.N_MFCC; k++) {
            names.add("mfcc" + k);
        }
        for (int k = 1; k <= Mel.N_MFCC; k++) {
            names.add("mfcc_delta" + k);
        }
        for (int b = 0; b <= SpectralContrast.N_BANDS; b++) {
            names.add("contrast" + b);
        }
        names.add("flatness");
        return List.copyOf(names);
    }
}

package org.merlab.features;

/**
 * Mel spectrogram, decibels and MFCC as in librosa 0.10.2 ({@code librosa.filters.mel},
 * {@code librosa.feature.melspectrogram}, {@code librosa.power_to_db}, {@code librosa.feature.mfcc}), with librosa's
 * defaults: sr 22050, nFft 2048, hop 512, centred zero-padded STFT, 128 Slaney-scale mels with Slaney area
 * normalisation, fmin 0, fmax sr/2, 20 MFCCs from an orthonormal DCT-II.
 */
public final class Mel {

    /** librosa's {@code n_mels} default. */
    public static final int N_MELS = 128;
    /** librosa's {@code n_mfcc} default. */
    public static final int N_MFCC = 20;

    /** Filter normalisation of {@code librosa.filters.mel}: {@code norm=None} or {@code norm='slaney'}. */
    public enum Norm {
        /** Triangles of peak 1. */
        NONE,
        /** Each triangle divided by half its width in Hz, {@code 2 / (f[m+2] - f[m])}, so all have equal area. */
        SLANEY
    }

    private Mel() {
    }

    /**
     * {@code librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax, htk, norm)}: triangular filters with corners at
     * {@code nMels + 2} mel-spaced frequencies {@code f}; filter m at FFT bin frequency {@code x} is
     * {@code max(0, min((x - f[m]) / (f[m+1] - f[m]), (f[m+2] - x) / (f[m+2] - f[m+1])))}, optionally times
     * {@code 2 / (f[m+2] - f[m])}. Stored as float32 like librosa's default dtype.
     *
     * @return weights {@code [nMels][1 + nFft / 2]}
     * @throws ParameterException for a non-positive sr or nMels, nFft below 2, or not {@code 0 <= fmin < fmax}
     */
    public static float[][] melFilterbank(double sr, int nFft, int nMels, double fmin, double fmax, boolean htk,
                                          Norm norm) {
        if (!(sr > 0)) {
            throw new ParameterException("sr must be positive, got " + sr);
        }
        if (nFft < 2) {
            throw new ParameterException("nFft must be at least 2, got " + nFft);
        }
        if (nMels <= 0) {
            throw new ParameterException("nMels must be positive, got " + nMels);
        }
        if (!(fmin >= 0 && fmin < fmax)) {
            throw new ParameterException("need 0 <= fmin < fmax, got fmin " + fmin + ", fmax " + fmax);
        }
        double[] fft = Frequencies.fftFrequencies(sr, nFft);
        double[] f = Frequencies.melFrequencies(nMels + 2, fmin, fmax, htk);
        float[][] weights = new float[nMels][fft.length];
        for (int m = 0; m < nMels; m++) {
            double lowWidth = f[m + 1] - f[m];
            double highWidth = f[m + 2] - f[m + 1];
            double enorm = norm == Norm.SLANEY ? 2.0 / (f[m + 2] - f[m]) : 1.0;
            for (int k = 0; k < fft.length; k++) {
                double lower = -(f[m] - fft[k]) / lowWidth;
                double upper = (f[m + 2] - fft[k]) / highWidth;
                float w = (float) Math.max(0, Math.min(lower, upper));
                weights[m][k] = norm == Norm.SLANEY ? (float) (w * enorm) : w;
            }
        }
        return weights;
    }

    /** {@link #melFilterbank} with librosa's defaults: 128 Slaney mels from 0 Hz to sr/2, Slaney norm. */
    public static float[][] melFilterbank(double sr, int nFft) {
        return melFilterbank(sr, nFft, N_MELS, 0.0, sr / 2, false, Norm.SLANEY);
    }

    /**
     * {@code librosa.feature.melspectrogram(S=power, sr)}: {@code M[m][t] = sum_k W[m][k] P[k][t]} with the default
     * filterbank for {@code nFft = 2 (bins - 1)}.
     *
     * @param power power spectrogram {@code [1 + nFft / 2][frames]} (e.g. {@link Spectrogram#power()})
     * @return {@code [128][frames]}
     */
    public static float[][] melspectrogram(float[][] power, double sr) {
        return melspectrogram(power, sr, N_MELS);
    }

    /**
     * {@code librosa.feature.melspectrogram(S=power, sr, n_mels=nMels)}: as {@link #melspectrogram(float[][], double)}
     * with {@code nMels} Slaney bands from 0 Hz to sr/2.
     *
     * @return {@code [nMels][frames]}
     * @throws ParameterException if {@code nMels} is not positive
     */
    public static float[][] melspectrogram(float[][] power, double sr, int nMels) {
        int nFft = 2 * (power.length - 1);
        return Matrices.multiply(melFilterbank(sr, nFft, nMels, 0.0, sr / 2, false, Norm.SLANEY), power);
    }

    /** {@code librosa.feature.melspectrogram(y=y, sr=sr)}: default STFT, power 2, default filterbank; {@code [128][frames]}. */
    public static float[][] melspectrogram(float[] y, double sr) {
        return melspectrogram(Stft.stft(y).power(), sr);
    }

    /**
     * {@code librosa.power_to_db(S, ref, amin, top_db)}: {@code 10 log10(max(amin, S)) - 10 log10(max(amin, ref))},
     * then floored at {@code max - topDb} over the whole array, in float32 like librosa on float32 input.
     *
     * @param topDb non-negative, or {@code Double.POSITIVE_INFINITY} for librosa's {@code top_db=None}
     * @return same shape as {@code s}
     * @throws ParameterException if {@code amin} is not positive or {@code topDb} is negative
     */
    public static float[][] powerToDb(float[][] s, double ref, double amin, double topDb) {
        if (!(amin > 0)) {
            throw new ParameterException("amin must be strictly positive, got " + amin);
        }
        if (!(topDb >= 0)) {
            throw new ParameterException("topDb must be non-negative, got " + topDb);
        }
        Matrices.requireRectangular(s, "power spectrogram");
        float floorAmin = (float) amin;
        double refDb = 10.0 * Math.log10(Math.max(amin, Math.abs(ref)));
        float[][] out = new float[s.length][];
        float max = Float.NEGATIVE_INFINITY;
        for (int r = 0; r < s.length; r++) {
            out[r] = new float[s[r].length];
            for (int c = 0; c < s[r].length; c++) {
                float log = (float) Math.log10(Math.max(floorAmin, s[r][c]));
                float db = (float) (10f * log - refDb);
                out[r][c] = db;
                max = Math.max(max, db);
            }
        }
        if (topDb != Double.POSITIVE_INFINITY) {
            float floor = (float) (max - topDb);
            for (float[] row : out) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = Math.max(row[c], floor);
                }
            }
        }
        return out;
    }

    /** {@code librosa.power_to_db(S)} with its defaults {@code ref 1, amin 1e-10, top_db 80}. */
    public static float[][] powerToDb(float[][] s) {
        return powerToDb(s, 1.0, 1e-10, 80.0);
    }

    /**
     * {@code librosa.feature.mfcc(S=sDb, n_mfcc)}: the first {@code nMfcc} coefficients of the orthonormal DCT-II
     * over the band axis ({@code scipy.fftpack.dct(S, type=2, norm='ortho', axis=-2)}), no liftering:
     * {@code C[k][t] = s_k sum_n D[n][t] cos(pi k (2n + 1) / (2N))}, {@code s_0 = sqrt(1/N)}, else {@code sqrt(2/N)}.
     *
     * @param sDb log-power mel spectrogram {@code [nMels][frames]} (e.g. {@link #powerToDb(float[][])})
     * @return {@code [nMfcc][frames]}
     * @throws ParameterException unless {@code 1 <= nMfcc <= nMels}
     */
    public static float[][] mfcc(float[][] sDb, int nMfcc) {
        Matrices.requireRectangular(sDb, "dB spectrogram");
        int bands = sDb.length;
        if (nMfcc < 1 || nMfcc > bands) {
            throw new ParameterException("nMfcc must be in 1.." + bands + ", got " + nMfcc);
        }
        return Matrices.multiply(dctBasis(nMfcc, bands), sDb);
    }

    /** {@code librosa.feature.mfcc(y=y, sr=sr, n_mfcc=nMfcc)}: {@link #mfcc(float[][], int)} of the default dB mel spectrogram. */
    public static float[][] mfcc(float[] y, double sr, int nMfcc) {
        return mfcc(powerToDb(melspectrogram(y, sr)), nMfcc);
    }

    /** Rows {@code 0..nOut-1} of the orthonormal DCT-II matrix of size {@code nIn}: {@code [nOut][nIn]}. */
    static double[][] dctBasis(int nOut, int nIn) {
        double[][] basis = new double[nOut][nIn];
        for (int k = 0; k < nOut; k++) {
            double scale = Math.sqrt((k == 0 ? 1.0 : 2.0) / nIn);
            for (int n = 0; n < nIn; n++) {
                basis[k][n] = scale * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * nIn));
            }
        }
        return basis;
    }
}

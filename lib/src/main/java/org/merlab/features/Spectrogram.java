package org.merlab.features;

/**
 * A complex spectrogram as {@code librosa.stft} returns it (complex64), stored as two float arrays of shape
 * {@code [bins][frames]} with {@code bins = 1 + nFft / 2}. The arrays are shared, not copied: a caller that
 * builds a masked spectrogram (e.g. HPSS) may fill new arrays and wrap them here.
 *
 * @param re real parts, {@code [bins][frames]}
 * @param im imaginary parts, same shape
 */
public record Spectrogram(float[][] re, float[][] im) {

    public Spectrogram {
        if (re.length == 0 || re.length != im.length) {
            throw new ParameterException("re and im need the same positive number of bins, got "
                    + re.length + " and " + im.length);
        }
        int frames = re[0].length;
        for (int k = 0; k < re.length; k++) {
            if (re[k].length != frames || im[k].length != frames) {
                throw new ParameterException("bin " + k + " has " + re[k].length + "/" + im[k].length
                        + " frames, expected " + frames);
            }
        }
    }

    public int bins() {
        return re.length;
    }

    public int frames() {
        return re[0].length;
    }

    /**
     * {@code np.abs(S)}: {@code |X[k][t]|} rounded to float32, shape {@code [bins][frames]}. The modulus is taken in
     * double so that it is the correctly rounded float32 value numpy's {@code hypotf} gives.
     */
    public float[][] magnitude() {
        float[][] out = new float[bins()][frames()];
        for (int k = 0; k < out.length; k++) {
            float[] r = re[k];
            float[] i = im[k];
            float[] o = out[k];
            for (int t = 0; t < o.length; t++) {
                o[t] = (float) Math.sqrt((double) r[t] * r[t] + (double) i[t] * i[t]);
            }
        }
        return out;
    }

    /**
     * {@code np.abs(S) ** 2} as librosa's {@code _spectrogram(power=2)} computes it: the float32 magnitude squared in
     * float32, shape {@code [bins][frames]}.
     */
    public float[][] power() {
        float[][] out = magnitude();
        for (float[] row : out) {
            for (int t = 0; t < row.length; t++) {
                row[t] = row[t] * row[t];
            }
        }
        return out;
    }
}

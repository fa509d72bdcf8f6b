package org.merlab.features;

/**
 * Parameters of {@link Hpss} ({@code librosa.decompose.hpss}), with librosa's defaults in {@link #DEFAULT}:
 * {@code kernel_size 31, power 2.0, margin 1.0}. The same kernel and margin serve the harmonic and the percussive
 * part, as when librosa gets scalars.
 *
 * @param kernelSize median filter length, in frames (harmonic) and in bins (percussive); odd
 * @param power      exponent of the soft masks; positive and finite
 * @param margin     separation margin, at least 1; 1 gives masks that sum to one
 */
public record HpssOptions(int kernelSize, double power, double margin) {

    /** librosa's defaults. */
    public static final HpssOptions DEFAULT = new HpssOptions(31, 2.0, 1.0);

    public HpssOptions {
        if (kernelSize < 1 || kernelSize % 2 == 0) {
            throw new ParameterException("kernelSize must be a positive odd number, got " + kernelSize);
        }
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new ParameterException("power must be positive and finite, got " + power);
        }
        if (!(margin >= 1) || Double.isInfinite(margin)) {
            throw new ParameterException("margin must be at least 1 and finite, got " + margin);
        }
    }
}

package org.merlab.eval;

/**
 * Settings of the track bootstrap.
 *
 * @param resamples number of bootstrap resamples B (at least 1; 0 turns confidence intervals off)
 * @param seed      seed of the resampling
 */
public record BootstrapOptions(int resamples, long seed) {

    /** B = 1000, seed 0. */
    public static final BootstrapOptions DEFAULT = new BootstrapOptions(1000, 0);

    /** No confidence intervals. */
    public static final BootstrapOptions NONE = new BootstrapOptions(0, 0);

    public BootstrapOptions {
        if (resamples < 0) {
            throw new EvalException("bootstrap resamples must be >= 0, got " + resamples);
        }
    }
}

package org.merlab.eval;

import smile.math.special.Erf;

import java.util.Locale;

/**
 * McNemar's test of two classifiers on the same items (McNemar 1947; Dietterich 1998): only the discordant items
 * count, those one model got right and the other wrong; under "equally good" each is the first model's with
 * probability 1/2. Exact two-sided binomial p-value when fewer than {@value #EXACT_BELOW} items are discordant,
 * else the chi-square statistic with continuity correction {@code max(0, |a - b| - 1)^2 / (a + b)}, 1 degree of
 * freedom. Items must be independent: give it tracks, not the segments of a track.
 *
 * @param onlyA   items model A got right and model B wrong
 * @param onlyB   items model B got right and model A wrong
 * @param pValue  two-sided p-value
 * @param exact   whether the exact binomial test was used
 */
public record McNemar(int onlyA, int onlyB, double pValue, boolean exact) {

    /** Discordant counts from which the chi-square approximation is used. */
    public static final int EXACT_BELOW = 25;

    /** The test on per-item correctness of two models, {@code [items]} each. */
    public static McNemar of(boolean[] aRight, boolean[] bRight) {
        if (aRight.length != bRight.length) {
            throw new EvalException("McNemar needs paired items, got " + aRight.length + " and " + bRight.length);
        }
        int onlyA = 0;
        int onlyB = 0;
        for (int i = 0; i < aRight.length; i++) {
            onlyA += aRight[i] && !bRight[i] ? 1 : 0;
            onlyB += bRight[i] && !aRight[i] ? 1 : 0;
        }
        return ofCounts(onlyA, onlyB);
    }

    /** The test from the two discordant counts. */
    public static McNemar ofCounts(int onlyA, int onlyB) {
        if (onlyA < 0 || onlyB < 0) {
            throw new EvalException("discordant counts must be >= 0, got " + onlyA + " and " + onlyB);
        }
        int n = onlyA + onlyB;
        if (n < EXACT_BELOW) {
            // 2 P(X <= min), X ~ Binomial(n, 1/2); C(n, i) stays exact in a double for n < 25
            double tail = 0;
            double choose = 1;
            for (int i = 0; i <= Math.min(onlyA, onlyB); i++) {
                tail += choose;
                choose = choose * (n - i) / (i + 1);
            }
            return new McNemar(onlyA, onlyB, Math.min(1, 2 * tail / Math.pow(2, n)), true);
        }
        double corrected = Math.max(0, Math.abs(onlyA - onlyB) - 1);
        double statistic = corrected * corrected / n;
        return new McNemar(onlyA, onlyB, Erf.erfc(Math.sqrt(statistic / 2)), false);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "McNemar[%d only A, %d only B, %s p %.4g]", onlyA, onlyB,
                exact ? "exact" : "chi-square", pValue);
    }
}

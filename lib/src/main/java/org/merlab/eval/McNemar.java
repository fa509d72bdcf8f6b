package org.merlab.eval;

/**
 * McNemar's test of two classifiers on the same rows (McNemar 1947; Dietterich 1998 recommends it for comparing
 * classifiers on one test set), exact form: under the null hypothesis that both err equally often, the discordant
 * rows split between "only A right" ({@code b}) and "only B right" ({@code c}) as Binomial(b + c, 1/2); the
 * two-sided p-value is {@code min(1, 2 P(X <= min(b, c)))}, 1 when there is no discordant row.
 *
 * @param onlyA  rows A classifies right and B wrong
 * @param onlyB  rows B classifies right and A wrong
 * @param pValue the exact two-sided p-value
 */
public record McNemar(int onlyA, int onlyB, double pValue) {

    /**
     * The test of predictions {@code a} against {@code b} on rows whose true classes are {@code truth}.
     *
     * @throws EvalException if the arrays differ in length
     */
    public static McNemar test(int[] truth, int[] a, int[] b) {
        if (a.length != truth.length || b.length != truth.length) {
            throw new EvalException("McNemar needs one prediction per row from each model: got " + truth.length
                    + " labels, " + a.length + " and " + b.length + " predictions");
        }
        int onlyA = 0;
        int onlyB = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean rightA = a[i] == truth[i];
            boolean rightB = b[i] == truth[i];
            onlyA += rightA && !rightB ? 1 : 0;
            onlyB += rightB && !rightA ? 1 : 0;
        }
        return new McNemar(onlyA, onlyB, exactTwoSided(onlyA, onlyB));
    }

    /** {@code min(1, 2 sum_{i <= min(b, c)} C(n, i) / 2^n)}, n = b + c, summed in log space for large n. */
    static double exactTwoSided(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return 1;
        }
        int k = Math.min(b, c);
        double tail = 0;
        for (int i = 0; i <= k; i++) {
            tail += Math.exp(logChoose(n, i) - n * Math.log(2));
        }
        return Math.min(1, 2 * tail);
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }

    @Override
    public String toString() {
        return String.format("McNemar: only A right %d, only B right %d, exact p = %.4g", onlyA, onlyB, pValue);
    }
}

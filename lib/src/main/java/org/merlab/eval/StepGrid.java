package org.merlab.eval;

/**
 * Moves a per-step series onto a regular time grid, so models annotated by bar can be scored as DEAM-style sets are
 * (every 0.5 s): the value at grid point {@code j} is the value of the step that contains its centre
 * {@code start + (j + 1/2) step}. Long bars thereby weigh by their duration.
 */
public final class StepGrid {

    private StepGrid() {
    }

    /**
     * @param boundaries {@code steps + 1} increasing times in seconds
     * @param values     one value per step
     * @param step       grid spacing in seconds, e.g. 0.5
     * @return one value per grid point whose centre lies before the last boundary (at least one)
     * @throws EvalException if the sizes do not match or {@code step} is not positive
     */
    public static double[] hold(double[] boundaries, double[] values, double step) {
        if (boundaries.length != values.length + 1 || values.length == 0) {
            throw new EvalException(values.length + " values need " + (values.length + 1) + " boundaries, got "
                    + boundaries.length);
        }
        if (!(step > 0)) {
            throw new EvalException("grid step must be positive, got " + step);
        }
        double start = boundaries[0];
        double end = boundaries[values.length];
        int n = Math.max(1, (int) Math.floor((end - start) / step + 0.5));
        double[] out = new double[n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            double t = start + (j + 0.5) * step;
            while (k + 1 < values.length && t >= boundaries[k + 1]) {
                k++;
            }
            out[j] = values[k];
        }
        return out;
    }
}

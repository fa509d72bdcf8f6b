package org.merlab.eval;

/** A closed confidence interval {@code [low, high]}. */
public record Interval(double low, double high) {

    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    public double width() {
        return high - low;
    }

    @Override
    public String toString() {
        return String.format("[%.4f, %.4f]", low, high);
    }
}

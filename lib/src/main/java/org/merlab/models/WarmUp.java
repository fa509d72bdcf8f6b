package org.merlab.models;

import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * A learning rate that rises linearly from {@code rate / steps} to {@code rate} over the first {@code steps}
 * updates and stays there: the warm-up that lets a Transformer trained from scratch with Adam get past its first
 * updates (Vaswani et al. 2017; Liu et al. 2020, "On the variance of the adaptive learning rate"). With
 * {@code steps = 0} the rate is constant.
 */
public final class WarmUp implements ISchedule {

    @JsonProperty
    private final double rate;
    @JsonProperty
    private final int steps;

    /**
     * @throws IllegalArgumentException if {@code rate} is not positive or {@code steps} is negative
     */
    public WarmUp(@JsonProperty("rate") double rate, @JsonProperty("steps") int steps) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be positive and finite, got " + rate);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("warm-up steps must be >= 0, got " + steps);
        }
        this.rate = rate;
        this.steps = steps;
    }

    /** Adam on this schedule with Keras' moments (beta1 0.9, beta2 0.999, epsilon 1e-7). */
    public Adam adam() {
        return Adam.builder().learningRateSchedule(this).beta1(0.9).beta2(0.999).epsilon(1e-7).build();
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return iteration >= steps ? rate : rate * (iteration + 1) / steps;
    }

    @Override
    public ISchedule clone() {
        return new WarmUp(rate, steps);
    }

    public double rate() {
        return rate;
    }

    public int steps() {
        return steps;
    }
}

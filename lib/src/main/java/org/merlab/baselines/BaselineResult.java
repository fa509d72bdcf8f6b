package org.merlab.baselines;

import org.merlab.eval.Evaluation;

/**
 * One baseline's test evaluation.
 *
 * @param model      which baseline, with its hyper-parameters
 * @param seed       the seed it was fitted with
 * @param evaluation segment- and track-level metrics on the test part
 * @param fitSeconds wall-clock training time (a measurement on a shared machine, not a benchmark)
 */
public record BaselineResult(Baseline model, long seed, Evaluation evaluation, double fitSeconds) {

    @Override
    public String toString() {
        return String.format("%s (seed %d, fit %.2f s): %s", model, seed, fitSeconds, evaluation.summary());
    }
}

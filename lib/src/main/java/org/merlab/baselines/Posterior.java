package org.merlab.baselines;

/** A fitted classifier as a map from feature rows {@code [rows][features]} to class probabilities {@code [rows][classes]}. */
@FunctionalInterface
public interface Posterior {

    double[][] probabilities(double[][] rows);
}

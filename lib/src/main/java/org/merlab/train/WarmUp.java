package org.merlab.train;

/**
 * A linear learning-rate warm-up over the first updates of a run: update {@code u} (0-based) trains at
 * {@code base * (u + 1) / updates}, so the rate reaches {@code base} at the last warm-up update. Set per update,
 * which DL4J allows without touching the optimiser's running averages.
 */
final class WarmUp {

    private final Network net;
    private final int updates;
    private final double base;
    private int done;

    WarmUp(Network net, int updates, double base) {
        this.net = net;
        this.updates = updates;
        this.base = base;
    }

    /** No warm-up at all: {@link TrainConfig#warmUpUpdates()} 0. */
    static WarmUp none(Network net) {
        return new WarmUp(net, 0, Double.NaN);
    }

    boolean active() {
        return done < updates;
    }

    private double rate(int update) {
        return base * (update + 1) / updates;
    }

    /** Sets the rate of the coming update while warming up. */
    void beforeUpdate() {
        if (active()) {
            net.setLearningRate(rate(done));
        }
        done++;
    }
}

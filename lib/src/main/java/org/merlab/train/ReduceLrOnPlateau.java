package org.merlab.train;

/**
 * Reduce the learning rate when the validation loss stops improving: Keras' {@code ReduceLROnPlateau(monitor=
 * 'val_loss', mode='min')}, which DL4J lacks. The settings validate themselves; {@link #monitor()} starts the
 * per-run state.
 *
 * <p>Rule, as Keras: an epoch improves when {@code loss < best - minDelta}. While a cooldown runs, the wait count
 * stays 0. Otherwise each epoch without improvement adds one to the wait; when it reaches {@code patience} and the
 * rate is above {@code minLr}, the rate becomes {@code max(lr * factor, minLr)}, the wait restarts and a cooldown of
 * {@code cooldown} epochs begins.
 *
 * @param factor   multiplier applied on a plateau, in (0, 1)
 * @param patience epochs without improvement before a reduction, at least 1
 * @param cooldown epochs after a reduction during which no further wait accumulates, at least 0
 * @param minLr    the rate never goes below this, at least 0
 * @param minDelta improvement smaller than this does not count, at least 0
 */
public record ReduceLrOnPlateau(double factor, int patience, int cooldown, double minLr, double minDelta) {

    public ReduceLrOnPlateau {
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("plateau factor must be in (0, 1), got " + factor);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("plateau patience must be at least 1, got " + patience);
        }
        if (cooldown < 0) {
            throw new IllegalArgumentException("plateau cooldown must be at least 0, got " + cooldown);
        }
        if (!(minLr >= 0)) {
            throw new IllegalArgumentException("plateau minLr must be at least 0, got " + minLr);
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("plateau minDelta must be at least 0, got " + minDelta);
        }
    }

    /**
     * Our defaults (the paper names the callback, not its settings): halve after 5 epochs without improvement,
     * no cooldown, floor 1e-6, Keras' min_delta 1e-4. Keras' own defaults are factor 0.1, patience 10, min_lr 0.
     */
    public static ReduceLrOnPlateau defaults() {
        return new ReduceLrOnPlateau(0.5, 5, 0, 1e-6, 1e-4);
    }

    /** A schedule that never fires, for runs at a constant rate. */
    public static ReduceLrOnPlateau off() {
        return new ReduceLrOnPlateau(0.5, Integer.MAX_VALUE, 0, 0, 0);
    }

    /** Fresh state for one training run. */
    public Monitor monitor() {
        return new Monitor(this);
    }

    /** The state of one run: best loss so far, wait and cooldown counters. */
    public static final class Monitor {
        private final ReduceLrOnPlateau settings;
        private double best = Double.POSITIVE_INFINITY;
        private int wait;
        private int cooldownLeft;

        private Monitor(ReduceLrOnPlateau settings) {
            this.settings = settings;
        }

        /**
         * Records one epoch's validation loss, trained at rate {@code lr}, and returns the rate for the next epoch.
         * A NaN loss never counts as an improvement.
         */
        public double next(double valLoss, double lr) {
            if (cooldownLeft > 0) {
                cooldownLeft--;
                wait = 0;
            }
            if (valLoss < best - settings.minDelta) {
                best = valLoss;
                wait = 0;
                return lr;
            }
            if (cooldownLeft > 0) {
                return lr;
            }
            wait++;
            if (wait < settings.patience || lr <= settings.minLr) {
                return lr;
            }
            wait = 0;
            cooldownLeft = settings.cooldown;
            return Math.max(lr * settings.factor, settings.minLr);
        }
    }
}

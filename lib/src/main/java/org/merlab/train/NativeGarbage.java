package org.merlab.train;

import java.util.concurrent.atomic.AtomicLong;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Releases each minibatch's arrays and, every {@link #every()} minibatches, runs the garbage collector, so ND4J's
 * native memory is freed while training and inference are between operations.
 *
 * <p>What grows is ND4J's own bookkeeping: every operation allocates shape buffers and op contexts (about 3 MB of
 * native memory per CNN-LSTM batch of 32) that user code cannot close and that are freed only when the collector
 * finds their small Java owners dead. Their Java side is so small that G1 on its own ran once in thousands of
 * batches: a 12,000-row training grew to the process limit in its first epoch. A timer-driven collection (G1's
 * periodic GC every second) bounded it, but one such run died in native code ({@code SIGSEGV} in
 * {@code sd::TadDescriptor}, null + 0x30, during a batch-norm backward pass): ND4J passes raw pointers to native
 * operations, so a collection in the middle of an operation can free a buffer whose owner the JIT already considers
 * dead. Between minibatches no operation of this thread is running and whatever is unreachable is truly garbage.
 *
 * <p>{@code -Dmerlab.gcEveryBatches=N} sets the cadence ({@code environment/jvm.conf}'s {@code MERLAB_GC_EVERY});
 * 0 leaves collection to the JVM and JavaCPP's limits.
 */
public final class NativeGarbage {

    /** About 200 MB of native garbage between collections, at well under 1% of the batches' time. */
    static final int DEFAULT_EVERY = 64;

    private static final int EVERY = Integer.getInteger("merlab.gcEveryBatches", DEFAULT_EVERY);
    private static final AtomicLong BATCHES = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    private NativeGarbage() {
    }

    /** Minibatches between collections; 0 = never. */
    public static int every() {
        return EVERY;
    }

    /** Collections run so far. */
    public static long collections() {
        return COLLECTIONS.get();
    }

    /** Closes {@code batch}'s arrays now (features, labels, masks) and counts the batch towards the next collection. */
    static void release(DataSet batch) {
        for (INDArray a : new INDArray[] {batch.getFeatures(), batch.getLabels(), batch.getFeaturesMaskArray(),
                batch.getLabelsMaskArray()}) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
        if (EVERY > 0 && BATCHES.incrementAndGet() % EVERY == 0) {
            System.gc();
            COLLECTIONS.incrementAndGet();
        }
    }
}

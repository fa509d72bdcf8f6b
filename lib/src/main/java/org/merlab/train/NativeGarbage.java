package org.merlab.train;

import java.util.concurrent.atomic.AtomicLong;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Releases each minibatch's arrays and, every {@link #every()} rows of minibatches, runs the garbage collector, so
 * ND4J's native memory is freed while training and inference are between operations.
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
 * <p>The cadence counts rows, not batches: the garbage grows with the rows a batch carries (a collection every 64
 * batches let the 256-row scoring batches pile up 4.7 GB in the first epoch of the 12,000-row benchmark).
 * {@code -Dmerlab.gcEveryRows=N} sets it ({@code environment/jvm.conf}'s {@code MERLAB_GC_EVERY_ROWS}); 0 leaves
 * collection to the JVM and JavaCPP's limits.
 */
public final class NativeGarbage {

    /** 64 training batches of 32 or 8 scoring batches of 256 between collections, at about 1% of an epoch's time. */
    static final int DEFAULT_EVERY = 2048;

    private static final int EVERY = Integer.getInteger("merlab.gcEveryRows", DEFAULT_EVERY);
    private static final AtomicLong ROWS = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    private NativeGarbage() {
    }

    /** Rows of minibatches between collections; 0 = never. */
    public static int every() {
        return EVERY;
    }

    /** Collections run so far. */
    public static long collections() {
        return COLLECTIONS.get();
    }

    /** Closes {@code batch}'s arrays now (features, labels, masks) and counts its rows towards the next collection. */
    static void release(DataSet batch) {
        long rows = batch.getFeatures() == null ? 0 : batch.getFeatures().size(0);
        for (INDArray a : new INDArray[] {batch.getFeatures(), batch.getLabels(), batch.getFeaturesMaskArray(),
                batch.getLabelsMaskArray()}) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
        long total = ROWS.addAndGet(rows);
        if (EVERY > 0 && total / EVERY > (total - rows) / EVERY) {
            System.gc();
            COLLECTIONS.incrementAndGet();
        }
    }
}

package org.merlab.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.merlab.bundle.AudioPrediction;

/**
 * A fixed set of worker threads, each with its own {@link Predictor} of every model (so no network ever runs on two
 * threads), taking predictions from a bounded queue. A prediction that finds every worker busy and the queue full is
 * refused ({@link Full}) rather than queued without end. A requester that stops waiting {@linkplain Job#abandon
 * abandons} its job: one still queued is dropped; one already running keeps its worker until it really ends, since
 * the native code under it cannot be interrupted, and that worker counts as busy until then.
 */
final class WorkQueue implements AutoCloseable {

    /** How much each finished job moves the running mean of job seconds behind {@link #retryAfterSeconds}. */
    private static final double MEAN_WEIGHT = 0.2;
    private static final Duration POLL = Duration.ofMillis(200);

    private final BlockingQueue<Job> waiting;
    private final int capacity;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Running mean of job seconds; updated without a lock, so a rare lost update only slows the estimate. */
    private volatile double meanSeconds = 1;

    /** Every worker is busy and the queue is full: the job was not taken on. */
    static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    /** How many workers there are and are busy, and how many jobs wait in a queue of {@code capacity}. */
    record Load(int workers, int busy, int queued, int capacity) {
    }

    /**
     * Starts {@code workers} threads, each building its own predictor of every model with {@code factory} first.
     *
     * @param capacity predictions that may wait for a worker, at least 1
     */
    WorkQueue(List<Models.Model> models, Predictor.Factory factory, int workers, int capacity) {
        this.capacity = capacity;
        this.waiting = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < workers; i++) {
            Map<String, Predictor> predictors = new LinkedHashMap<>();
            for (Models.Model m : models) {
                predictors.put(m.name(), factory.create(m.bundle()));
            }
            Thread t = new Thread(() -> work(predictors), "merlab-serve-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    /**
     * Queues the prediction of {@code audio} by {@code model}; from now on the job owns the file and runs
     * {@code release} (which deletes it) once, when it has finished with it.
     *
     * @throws Full if every worker is busy and the queue is full; then {@code release} has not run
     */
    Job submit(String model, Path audio, Runnable release) {
        Job job = new Job(model, audio, release);
        if (closed.get() || !waiting.offer(job)) {
            throw new Full();
        }
        return job;
    }

    Load load() {
        return new Load(threads.size(), busy.get(), waiting.size(), capacity);
    }

    /**
     * A client refused for a full queue should come back after about the time the work ahead of it takes:
     * the running mean of job seconds times the jobs running and waiting, over the workers; at least 1 s.
     */
    long retryAfterSeconds() {
        Load load = load();
        return Math.max(1, (long) Math.ceil(meanSeconds * (load.busy() + load.queued()) / load.workers()));
    }

    /** Stops the workers: queued jobs fail with a {@link ServeException}; running ones end on their own first. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        for (Job job; (job = waiting.poll()) != null; ) {
            job.fail(new ServeException("the server is stopping"));
        }
    }

    /**
     * A worker's loop. It is never interrupted (an interrupt would break a running job's file reads); it sees
     * {@link #close} within {@link #POLL} when idle, or when its job ends.
     */
    private void work(Map<String, Predictor> predictors) {
        while (!closed.get()) {
            Job job;
            try {
                job = waiting.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job != null) {
                job.run(predictors);
            }
        }
    }

    /** One prediction and who owns its audio file: the requester until a worker claims it, then the worker. */
    final class Job {

        private final String model;
        private final Path audio;
        private final Runnable release;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<AudioPrediction> result = new CompletableFuture<>();

        private Job(String model, Path audio, Runnable release) {
            this.model = model;
            this.audio = audio;
            this.release = release;
        }

        /**
         * The prediction, waiting at most {@code timeout}.
         *
         * @throws TimeoutException if it is not ready in time (the job is not abandoned: call {@link #abandon})
         * @throws RuntimeException whatever the predictor threw (e.g. {@link org.merlab.audio.AudioException})
         */
        AudioPrediction await(Duration timeout) throws TimeoutException, InterruptedException {
            try {
                return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case RuntimeException r -> throw r;
                    case Error error -> throw error;
                    default -> throw new IllegalStateException("a predictor threw a checked exception", e.getCause());
                }
            }
        }

        /**
         * The requester stops waiting: a job no worker has claimed is dropped and its file released now; a running
         * one finishes, keeping its worker, and releases its file when it ends.
         *
         * @return whether the job was dropped (false: it runs to its end)
         */
        boolean abandon() {
            if (!claimed.compareAndSet(false, true)) {
                return false;
            }
            waiting.remove(this);
            release.run();
            return true;
        }

        private void fail(RuntimeException e) {
            if (claimed.compareAndSet(false, true)) {
                release.run();
                result.completeExceptionally(e);
            }
        }

        /** Runs the prediction, then releases the file and the worker, then answers: an answer means both are free. */
        private void run(Map<String, Predictor> predictors) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            busy.incrementAndGet();
            long start = System.nanoTime();
            AudioPrediction prediction = null;
            Throwable failure = null;
            try {
                prediction = predictors.get(model).predict(audio);
            } catch (Throwable t) {
                // Handed to the requester, which answers it (bad audio) or reports it (a bug); the worker goes on.
                failure = t;
            }
            try {
                release.run();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            meanSeconds = (1 - MEAN_WEIGHT) * meanSeconds + MEAN_WEIGHT * seconds;
            busy.decrementAndGet();
            if (failure == null) {
                result.complete(prediction);
            } else {
                result.completeExceptionally(failure);
            }
        }
    }
}

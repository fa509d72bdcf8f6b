package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.merlab.audio.AudioException;
import org.merlab.bundle.Timeline;

class WorkQueueTest {

    private static final Duration SHORT = Duration.ofMillis(200);
    private static final Duration LONG = Duration.ofSeconds(10);

    /** Predictors that wait for {@link #open} and record who made them and which thread ran them. */
    private static final class Gate {
        final CountDownLatch open = new CountDownLatch(1);
        final AtomicInteger started = new AtomicInteger();
        final Map<Object, Set<Thread>> threadsOf = new ConcurrentHashMap<>();
        final AtomicInteger made = new AtomicInteger();

        Predictor.Factory factory() {
            return bundle -> {
                made.incrementAndGet();
                return new Predictor() {
                    @Override
                    public Timeline predict(Path audio) {
                        started.incrementAndGet();
                        threadsOf.computeIfAbsent(this, p -> ConcurrentHashMap.newKeySet())
                                .add(Thread.currentThread());
                        try {
                            assertTrue(open.await(30, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        if (audio.toString().contains("bad")) {
                            throw new AudioException(audio, "corrupt");
                        }
                        return timeline(audio);
                    }
                };
            };
        }
    }

    private static Timeline timeline(Path audio) {
        return new Timeline(audio, 1, List.of("a", "b"), List.of(new Timeline.Step(0, 1, new double[] {1, 0}, true)),
                new double[] {1, 0}, new Timeline.Timings(0, 0, 0), List.of());
    }

    private static List<Models.Model> twoModels() {
        return List.of(new Models.Model("m1", Path.of("m1.zip"), null), new Models.Model("m2", Path.of("m2.zip"), null));
    }

    @Test
    void everyWorkerHasItsOwnPredictorOfEveryModel() throws Exception {
        Gate gate = new Gate();
        gate.open.countDown();
        try (WorkQueue queue = new WorkQueue(twoModels(), gate.factory(), 3, 10)) {
            assertEquals(6, gate.made.get(), "3 workers x 2 models");
            List<WorkQueue.Job> jobs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                jobs.add(queue.submit(i % 2 == 0 ? "m1" : "m2", Path.of("a" + i + ".wav"), () -> { }));
                if (i % 10 == 9) {
                    for (WorkQueue.Job j : jobs) {
                        j.await(LONG);
                    }
                    jobs.clear();
                }
            }
            assertTrue(gate.threadsOf.size() > 2, "several workers took jobs: " + gate.threadsOf.size());
            gate.threadsOf.values().forEach(threads -> assertEquals(1, threads.size(),
                    "a predictor ran on one thread only"));
        }
    }

    @Test
    void aFullQueueRefusesAndAQueuedJobTimedOutIsDropped() throws Exception {
        Gate gate = new Gate();
        AtomicInteger released = new AtomicInteger();
        try (WorkQueue queue = new WorkQueue(twoModels().subList(0, 1), gate.factory(), 1, 1)) {
            WorkQueue.Job running = queue.submit("m1", Path.of("a.wav"), released::incrementAndGet);
            waitFor(() -> gate.started.get() == 1);
            WorkQueue.Job queued = queue.submit("m1", Path.of("b.wav"), released::incrementAndGet);
            assertThrows(WorkQueue.Full.class, () -> queue.submit("m1", Path.of("c.wav"), () -> { }));
            assertEquals(new WorkQueue.Load(1, 1, 1, 1), queue.load());
            assertTrue(queue.retryAfterSeconds() >= 1);

            assertThrows(TimeoutException.class, () -> queued.await(SHORT));
            assertTrue(queued.abandon(), "a job no worker took is dropped");
            assertEquals(1, released.get(), "and its file released at once");
            assertEquals(new WorkQueue.Load(1, 1, 0, 1), queue.load(), "its place in the queue is free again");

            assertThrows(TimeoutException.class, () -> running.await(SHORT));
            assertFalse(running.abandon(), "a running job cannot be dropped");
            assertEquals(1, queue.load().busy(), "it keeps its worker");
            WorkQueue.Job next = queue.submit("m1", Path.of("d.wav"), released::incrementAndGet);
            assertThrows(WorkQueue.Full.class, () -> queue.submit("m1", Path.of("e.wav"), () -> { }));
            gate.open.countDown();
            assertEquals(Path.of("d.wav"), next.await(LONG).file());
            waitFor(() -> released.get() == 3);
            assertEquals(2, gate.started.get(), "the dropped job never ran");
            assertEquals(new WorkQueue.Load(1, 0, 0, 1), queue.load());
        }
    }

    @Test
    void aPredictorsExceptionReachesTheRequesterAndTheWorkerGoesOn() throws Exception {
        Gate gate = new Gate();
        gate.open.countDown();
        AtomicInteger released = new AtomicInteger();
        try (WorkQueue queue = new WorkQueue(twoModels().subList(0, 1), gate.factory(), 1, 1)) {
            WorkQueue.Job bad = queue.submit("m1", Path.of("bad.wav"), released::incrementAndGet);
            AudioException e = assertThrows(AudioException.class, () -> bad.await(LONG));
            assertEquals("bad.wav: corrupt", e.getMessage());
            waitFor(() -> released.get() == 1);
            WorkQueue.Job good = queue.submit("m1", Path.of("good.wav"), released::incrementAndGet);
            assertEquals(Path.of("good.wav"), good.await(LONG).file());
        }
    }

    @Test
    void closingFailsQueuedJobsAndReleasesTheirFiles() throws Exception {
        Gate gate = new Gate();
        AtomicInteger released = new AtomicInteger();
        WorkQueue queue = new WorkQueue(twoModels().subList(0, 1), gate.factory(), 1, 2);
        WorkQueue.Job running = queue.submit("m1", Path.of("a.wav"), released::incrementAndGet);
        waitFor(() -> gate.started.get() == 1);
        WorkQueue.Job queued = queue.submit("m1", Path.of("b.wav"), released::incrementAndGet);
        queue.close();
        ServeException e = assertThrows(ServeException.class, () -> queued.await(LONG));
        assertEquals("the server is stopping", e.getMessage());
        assertThrows(WorkQueue.Full.class, () -> queue.submit("m1", Path.of("c.wav"), () -> { }));
        gate.open.countDown();
        assertEquals(Path.of("a.wav"), running.await(LONG).file(), "a running job ends as it would have");
        waitFor(() -> released.get() == 2);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + LONG.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met within " + LONG);
            Thread.sleep(10);
        }
    }
}

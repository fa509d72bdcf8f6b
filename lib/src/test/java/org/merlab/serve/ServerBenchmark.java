package org.merlab.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.merlab.audio.Audio;
import org.merlab.io.AtomicFiles;

/**
 * Prints the latency (p50, p95, p99, max) and throughput of {@code merlab serve} under a larger load than
 * {@link ServerTest}'s: CLIENTS concurrent clients on loopback, each sending REQUESTS predictions of real music one
 * after another, against a server with WORKERS workers and a queue as long as there are clients. A benchmark, not a
 * test; run with {@code make bench-serve} ({@code BENCH_SERVE_ARGS="--model models/x.zip --clients 16"}).
 * <pre>
 *   --model BUNDLE   a bundle or a folder of bundles (default: the serve tests' model, trained first)
 *   --clients N      concurrent clients (default 16)
 *   --requests N     requests per client (default 25)
 *   --workers N      server workers (default: processors)
 *   --full           upload the one-minute songs themselves instead of 3 s clips of them
 * </pre>
 */
public final class ServerBenchmark {

    /** Requests of one client alone (after one to warm up) before the load: the service time without queueing. */
    private static final int SEQUENTIAL = 6;

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--full")) {
                options.put("full", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i] + "; see the class's Javadoc");
            }
        }
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "25"));
        int workers = Integer.parseInt(options.getOrDefault("workers",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        boolean full = options.containsKey("full");
        Path model = options.containsKey("model") ? Path.of(options.get("model")) : ServeFixture.get().models;
        Models models = Models.load(model);
        String name = models.all().getFirst().name();
        Path clips = Files.createTempDirectory("merlab-serve-bench");
        List<Path> audio = new ArrayList<>();
        for (int i = 0; i < ServeFixture.SONGS.size(); i++) {
            audio.add(full ? ServeFixture.song(i) : ServeFixture.clip(clips, i));
        }
        double audioSeconds = audio.stream().mapToDouble(f -> Audio.load(f).durationSeconds()).average()
                .orElseThrow();

        ServeOptions serve = ServeOptions.defaults().withPort(0).withWorkers(workers).withQueueCapacity(clients);
        try (Server server = Server.start(models, serve)) {
            Http http = new Http(server.uri());
            check(http.postFile(name, audio.getFirst()));
            double[] alone = new double[SEQUENTIAL];
            for (int r = 0; r < SEQUENTIAL; r++) {
                long t0 = System.nanoTime();
                check(http.postFile(name, audio.get(r % audio.size())));
                alone[r] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(alone);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<List<long[]>>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                runs.add(pool.submit(() -> {
                    List<long[]> out = new ArrayList<>();
                    for (int r = 0; r < requests; r++) {
                        long t0 = System.nanoTime();
                        int status = http.postFile(name, audio.get((client + r) % audio.size())).status();
                        out.add(new long[] {status, System.nanoTime() - t0});
                    }
                    return out;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<List<long[]>> run : runs) {
                all.addAll(run.get());
            }
            double wall = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf(Locale.ROOT, "one client alone, %d requests after one to warm up: p50 %.0f ms, max"
                    + " %.0f ms%n", SEQUENTIAL, quantile(alone, 0.5), alone[SEQUENTIAL - 1]);
            report(model, name, serve, clients, requests, full, audioSeconds, all, wall);
        } finally {
            AtomicFiles.deleteTree(clips);
        }
    }

    private static void check(Http.Answer a) {
        if (a.status() != 200) {
            throw new IllegalStateException("HTTP " + a.status() + ": " + a.text());
        }
    }

    private static void report(Path model, String name, ServeOptions serve, int clients, int requests, boolean full,
                               double audioSeconds, List<long[]> all, double wall) {
        Map<Long, Integer> statuses = new TreeMap<>();
        all.forEach(r -> statuses.merge(r[0], 1, Integer::sum));
        double[] ms = all.stream().filter(r -> r[0] == 200).mapToDouble(r -> r[1] / 1e6).sorted().toArray();
        int ok = ms.length;
        System.out.printf(Locale.ROOT, "merlab serve benchmark: model %s (%s), %d workers, queue %d, %d clients x %d"
                        + " requests of %s (%.1f s of audio each, multipart upload), %d processors%n", name, model,
                serve.workers(), serve.queueCapacity(), clients, requests, full ? "one-minute MP3s" : "3 s WAV clips",
                audioSeconds, Runtime.getRuntime().availableProcessors());
        System.out.println("statuses: " + statuses);
        if (ok == 0) {
            System.out.println("no request succeeded");
            return;
        }
        System.out.printf(Locale.ROOT, "latency of the %d answered: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms,"
                + " mean %.0f ms%n", ok, quantile(ms, 0.50), quantile(ms, 0.95), quantile(ms, 0.99), ms[ok - 1],
                Arrays.stream(ms).average().orElseThrow());
        System.out.printf(Locale.ROOT, "throughput: %.2f requests/s, %.1f s of audio per second, over %.1f s%n",
                ok / wall, ok * audioSeconds / wall, wall);
    }

    /** The nearest-rank quantile of sorted values. */
    private static double quantile(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }
}

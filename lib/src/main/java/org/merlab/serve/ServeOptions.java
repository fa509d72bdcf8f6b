package org.merlab.serve;

import java.time.Duration;

/**
 * How {@link Server} listens and how much work it takes on.
 *
 * @param host           address to bind; loopback by default, since the API has no authentication
 * @param port           TCP port, or 0 for any free one ({@link Server#port()} says which)
 * @param maxUploadBytes the largest audio upload accepted; a larger one is answered 413 and never kept
 * @param workers        predictions run at once, each worker with its own copy of every network (DL4J networks
 *                       are not safe for concurrent {@code output})
 * @param queueCapacity  predictions waiting for a worker; one more is answered 503 with {@code Retry-After}
 * @param timeout        how long a request waits for its prediction (queue and work) before it is answered 504;
 *                       a prediction already running keeps its worker until it ends (native code cannot be
 *                       interrupted)
 * @param idleTimeout    how long the server waits for more bytes of a stalled upload before closing it
 */
public record ServeOptions(String host, int port, long maxUploadBytes, int workers, int queueCapacity,
                           Duration timeout, Duration idleTimeout) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 50 MB: a 5-minute WAV at 44.1 kHz stereo, or about 40 minutes of 160 kbit/s MP3. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    public ServeOptions {
        if (host == null || host.isBlank()) {
            throw new ServeException("host must be an address or name, got '" + host + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new ServeException("port must be 0 (any free port) to 65535, got " + port);
        }
        if (maxUploadBytes < 1) {
            throw new ServeException("the upload cap must be at least 1 byte, got " + maxUploadBytes);
        }
        if (workers < 1) {
            throw new ServeException("workers must be at least 1, got " + workers);
        }
        if (queueCapacity < 1) {
            throw new ServeException("the queue capacity must be at least 1, got " + queueCapacity);
        }
        positive("timeout", timeout);
        positive("idle timeout", idleTimeout);
    }

    /**
     * Loopback, port 8080, 50 MB uploads, one worker per processor, a queue of four predictions per worker, 60 s per
     * request and 30 s for a stalled upload.
     */
    public static ServeOptions defaults() {
        int workers = Runtime.getRuntime().availableProcessors();
        return new ServeOptions(LOOPBACK, DEFAULT_PORT, DEFAULT_MAX_UPLOAD_BYTES, workers, 4 * workers,
                Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    public ServeOptions withHost(String value) {
        return new ServeOptions(value, port, maxUploadBytes, workers, queueCapacity, timeout, idleTimeout);
    }

    public ServeOptions withPort(int value) {
        return new ServeOptions(host, value, maxUploadBytes, workers, queueCapacity, timeout, idleTimeout);
    }

    public ServeOptions withMaxUploadBytes(long value) {
        return new ServeOptions(host, port, value, workers, queueCapacity, timeout, idleTimeout);
    }

    /** {@code workers} workers and a queue of four predictions per worker. */
    public ServeOptions withWorkers(int value) {
        return new ServeOptions(host, port, maxUploadBytes, value, 4 * value, timeout, idleTimeout);
    }

    public ServeOptions withQueueCapacity(int value) {
        return new ServeOptions(host, port, maxUploadBytes, workers, value, timeout, idleTimeout);
    }

    public ServeOptions withTimeout(Duration value) {
        return new ServeOptions(host, port, maxUploadBytes, workers, queueCapacity, value, idleTimeout);
    }

    public ServeOptions withIdleTimeout(Duration value) {
        return new ServeOptions(host, port, maxUploadBytes, workers, queueCapacity, timeout, value);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ServeException(name + " must be a positive duration, got " + value);
        }
    }
}

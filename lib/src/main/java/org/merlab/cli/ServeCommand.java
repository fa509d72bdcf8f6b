package org.merlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.merlab.serve.Models;
import org.merlab.serve.ServeException;
import org.merlab.serve.ServeOptions;
import org.merlab.serve.Server;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code merlab serve}: the model bundles of a folder over HTTP ({@link Server}) with a page to try them, until the
 * process is stopped (Ctrl-C) or the thread running it is interrupted. Exit code 1 if no bundle is usable or the
 * address cannot be bound.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class, description = {
        "Serve model bundles from 'merlab train' over HTTP, with a page to try them.",
        "Open the printed address and drop a song to see its waveform and emotion timeline.",
        "API: GET /health, GET /v1/models, POST /v1/models/NAME/predict (the audio as a",
        "multipart 'file' part or as the body) -> the timeline as JSON."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--models", paramLabel = "DIR", required = true,
            description = "a folder of bundles (folders or .zip files, each served under its name), or one bundle")
    private Path models;

    @Option(names = "--host", defaultValue = ServeOptions.LOOPBACK,
            description = "address to listen on (default ${DEFAULT-VALUE}; the API has no authentication, so"
                    + " listen elsewhere only on a network you trust)")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "TCP port, 0 for any free one (default ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "50",
            description = "largest audio upload, in MiB (default ${DEFAULT-VALUE}); larger ones get 413")
    private long maxUploadMb;

    @Option(names = "--workers", paramLabel = "N", description = "predictions at once, each with its own network copies"
            + " (default: processors)")
    private Integer workers;

    @Option(names = "--queue", paramLabel = "N", description = "predictions that may wait for a worker before"
            + " requests get 503 (default: 4 per worker)")
    private Integer queue;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "60",
            description = "seconds a request waits for its prediction before 504 (default ${DEFAULT-VALUE})")
    private long timeoutSeconds;

    @Option(names = "--idle-timeout", paramLabel = "S", defaultValue = "30",
            description = "seconds a stalled upload may send nothing before it is dropped (default ${DEFAULT-VALUE})")
    private long idleSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServeOptions options;
        try {
            options = options();
        } catch (ServeException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            Models loaded = Models.load(models);
            loaded.skipped().forEach(s -> err.println("skipped " + s.source() + ": " + s.reason()));
            err.flush();
            boolean interrupted = false;
            try (Server server = Server.start(loaded, options)) {
                CountDownLatch stopped = new CountDownLatch(1);
                Thread hook = new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }, "merlab-serve-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                out.printf("serving %d model%s (%s) at %s with %d workers, a queue of %d, uploads up to %d MiB;"
                                + " Ctrl-C stops%n", loaded.all().size(), loaded.all().size() == 1 ? "" : "s",
                        String.join(", ", loaded.all().stream().map(Models.Model::name).toList()), server.uri(),
                        options.workers(), options.queueCapacity(), maxUploadMb);
                out.flush();
                try {
                    stopped.await();
                } catch (InterruptedException e) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                    interrupted = true;
                }
            }
            if (interrupted) {
                // Only now: Jetty's stop, in closing the server above, fails on an interrupted thread.
                Thread.currentThread().interrupt();
            }
            return 0;
        } catch (ServeException e) {
            err.println("merlab serve: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private ServeOptions options() {
        ServeOptions defaults = ServeOptions.defaults();
        ServeOptions o = workers == null ? defaults : defaults.withWorkers(workers);
        if (queue != null) {
            o = o.withQueueCapacity(queue);
        }
        if (maxUploadMb < 1 || maxUploadMb > Long.MAX_VALUE / (1024 * 1024)) {
            throw new ServeException("--max-upload-mb must be a positive number of MiB, got " + maxUploadMb);
        }
        return o.withHost(host).withPort(port).withMaxUploadBytes(maxUploadMb * 1024 * 1024)
                .withTimeout(Duration.ofSeconds(timeoutSeconds)).withIdleTimeout(Duration.ofSeconds(idleSeconds));
    }
}

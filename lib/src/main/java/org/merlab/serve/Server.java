package org.merlab.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.merlab.audio.AudioException;
import org.merlab.audio.UnsupportedFormatException;
import org.merlab.bundle.AudioPrediction;
import org.merlab.bundle.Recipe;
import org.merlab.bundle.SegmentRecipe;
import org.merlab.bundle.TextPredictor;
import org.merlab.bundle.TextRecipe;
import org.merlab.bundle.VaRecipe;
import org.merlab.features.ParameterException;
import org.merlab.text.TextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * {@code merlab serve}: model bundles over HTTP (Javalin on Jetty), with a page to try them.
 * <pre>
 *   GET  /                               the page: drop an audio file, see its waveform and emotion timeline (or
 *                                        valence and arousal over time), or type a text
 *   GET  /health                         {"status": "ok", workers, busy, queued, ...}
 *   GET  /v1/models                      {"models": [{name, kind, input, labels, recipe, card, provenance}]}
 *   GET  /v1/models/{name}               one of them
 *   POST /v1/models/{name}/predict       audio (multipart 'file' part, or the body) -> the emotion timeline of
 *                                        an emotion model, valence and arousal per step of a valence-arousal one
 *   POST /v1/models/{name}/predict-text  {"text": "..."} or {"texts": [...]} (or a text/plain body: one text) ->
 *                                        each text's label probabilities, for text models
 * </pre>
 * Audio models run on the work queue's workers; a text model's prediction (milliseconds) runs on the request's
 * thread, on the model's own copy of the network, one request at a time.
 * Every error is {@code {"status", "error", "message"}} without a stack trace: 400 a bad model name, an empty or
 * broken-off upload; 404 an unknown model or path; 408 a stalled upload; 413 an upload over the cap; 415 a content
 * type or audio format not taken; 422 audio of a known format that cannot be decoded or is too short; 503 a full
 * queue (with {@code Retry-After}); 504 a prediction not done within the timeout; 500 a bug (logged here). Uploads are
 * streamed to a private temporary folder and every file is removed when its prediction ends or fails.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final String PAGE = "index.html";
    private static final String SCRIPT = "app.js";
    private static final ObjectMapper TEXT_JSON = new ObjectMapper();

    private final Models models;
    private final ServeOptions options;
    private final Uploads uploads;
    private final WorkQueue work;
    private final Javalin app;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Per text model; a DL4J network must not run {@code output} on two threads at once, so each is locked. */
    private final Map<String, TextPredictor> texts = new HashMap<>();

    private Server(Models models, ServeOptions options, Uploads uploads, WorkQueue work) {
        this.models = models;
        for (Models.Model m : models.all()) {
            if (m.bundle().recipe() instanceof TextRecipe) {
                texts.put(m.name(), TextPredictor.of(m.bundle().copy()));
            }
        }
        this.options = options;
        this.uploads = uploads;
        this.work = work;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(options.host());
                c.setPort(options.port());
                c.setIdleTimeout(options.idleTimeout().toMillis());
                return c;
            });
        });
        routes(resource(PAGE), resource(SCRIPT));
    }

    /** {@link #start(Models, ServeOptions, Predictor.Factory)} with each worker's own segment classifier. */
    public static Server start(Models models, ServeOptions options) {
        return start(models, options, Predictor.Factory.OWN_COPY);
    }

    /**
     * Starts serving {@code models}; every worker gets its own predictor of each from {@code predictors}.
     *
     * @throws ServeException if the address cannot be bound (e.g. the port is in use)
     */
    public static Server start(Models models, ServeOptions options, Predictor.Factory predictors) {
        Uploads uploads = new Uploads(options.maxUploadBytes());
        WorkQueue work = null;
        try {
            work = new WorkQueue(models.audio(), predictors, options.workers(), options.queueCapacity());
            Server server = new Server(models, options, uploads, work);
            server.app.start();
            return server;
        } catch (RuntimeException e) {
            if (work != null) {
                work.close();
            }
            uploads.close();
            throw e instanceof ServeException s ? s : new ServeException("cannot serve on " + options.host() + ":"
                    + options.port() + ": " + e.getMessage(), e);
        }
    }

    /** The port the server listens on (the one chosen when the options said 0). */
    public int port() {
        return app.port();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Where uploads are kept while they are predicted. */
    Path uploadDirectory() {
        return uploads.directory();
    }

    WorkQueue.Load load() {
        return work.load();
    }

    /** Stops listening, fails queued predictions, and removes the uploads folder; again does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            app.stop();
        } finally {
            work.close();
            uploads.close();
        }
    }

    private void routes(byte[] page, byte[] script) {
        app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        app.get("/" + SCRIPT, ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script));
        app.get("/health", ctx -> json(ctx, Responses.health(models.all().size(), work.load())));
        app.get("/v1/models", ctx -> json(ctx, Responses.models(models.all())));
        app.get("/v1/models/{name}", ctx -> json(ctx, Responses.model(model(ctx))));
        app.post("/v1/models/{name}/predict", this::predict);
        app.post("/v1/models/{name}/predict-text", this::predictText);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.headers()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), Map.of()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal error (" + e.getClass().getSimpleName()
                    + "); the server's log has the details", Map.of());
        });
    }

    private void predict(Context ctx) {
        Models.Model model = model(ctx);
        if (model.bundle().recipe() instanceof TextRecipe r) {
            throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), "model '" + model.name() + "' is a " + r.kind()
                    + " model, which takes text, not audio: POST {\"text\": \"...\"} to /v1/models/" + model.name()
                    + "/predict-text");
        }
        Upload upload = uploads.receive(ctx);
        WorkQueue.Job job;
        try {
            job = work.submit(model.name(), upload.file(), upload::delete);
        } catch (WorkQueue.Full e) {
            upload.delete();
            long retry = work.retryAfterSeconds();
            throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE.getCode(), "every worker is busy and the queue of "
                    + options.queueCapacity() + " is full; retry in " + retry + " s", Map.of("Retry-After",
                    String.valueOf(retry)));
        }
        json(ctx, Responses.prediction(model, upload, await(job, upload)));
    }

    private AudioPrediction await(WorkQueue.Job job, Upload upload) {
        Duration timeout = options.timeout();
        try {
            return job.await(timeout);
        } catch (TimeoutException e) {
            boolean dropped = job.abandon();
            throw new ApiError(HttpStatus.GATEWAY_TIMEOUT.getCode(), dropped
                    ? "the prediction of " + upload.name() + " did not start within " + timeout.toSeconds()
                    + " s: every worker stayed busy"
                    : "the prediction of " + upload.name() + " did not finish within " + timeout.toSeconds()
                    + " s; it runs to its end, keeping its worker busy meanwhile");
        } catch (InterruptedException e) {
            job.abandon();
            Thread.currentThread().interrupt();
            throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE.getCode(), "the server is stopping");
        } catch (UnsupportedFormatException e) {
            throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), upload.describe(e.getMessage()));
        } catch (AudioException e) {
            throw new ApiError(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), upload.describe(e.getMessage()));
        } catch (ParameterException e) {
            throw new ApiError(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), upload.name() + ": " + e.getMessage());
        } catch (ServeException e) {
            // A queued job failed by close(): the server stopped before a worker took it.
            throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE.getCode(), e.getMessage());
        }
    }

    private void predictText(Context ctx) {
        Models.Model model = model(ctx);
        switch (model.bundle().recipe()) {
            case SegmentRecipe r -> throw audioOnly(model, r);
            case VaRecipe r -> throw audioOnly(model, r);
            case TextRecipe r -> {
                List<String> sent = textsOf(ctx);
                TextPredictor predictor = texts.get(model.name());
                double[][] p;
                try {
                    synchronized (predictor) {
                        p = predictor.probabilities(sent);
                    }
                } catch (TextException e) {
                    throw new ApiError(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), e.getMessage());
                }
                json(ctx, Responses.textPrediction(model, sent, p));
            }
        }
    }

    /** 400 for text sent to a model that takes audio. */
    private static ApiError audioOnly(Models.Model model, Recipe recipe) {
        return new ApiError(HttpStatus.BAD_REQUEST.getCode(), "model '" + model.name() + "' is a " + recipe.kind()
                + " model, which takes audio, not text: POST its audio to /v1/models/" + model.name() + "/predict");
    }

    /**
     * The texts of a predict-text request: {@code {"text": "..."}} or {@code {"texts": ["...", ...]}} as JSON, or a
     * {@code text/plain} body as one text; 400 for anything else.
     */
    private static List<String> textsOf(Context ctx) {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        String body = ctx.body();
        if (type.startsWith("text/plain")) {
            return List.of(body);
        }
        if (!type.startsWith("application/json")) {
            throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "Content-Type " + ctx.contentType()
                    + " is not accepted: send JSON {\"text\": \"...\"} or {\"texts\": [...]}, or text/plain");
        }
        JsonNode root;
        try {
            root = TEXT_JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), "the body is not JSON (" + e.getOriginalMessage()
                    + ")");
        }
        if (root != null && root.path("text").isTextual()) {
            return List.of(root.get("text").asText());
        }
        if (root != null && root.path("texts").isArray() && !root.get("texts").isEmpty()) {
            List<String> list = new ArrayList<>();
            for (JsonNode t : root.get("texts")) {
                if (!t.isTextual()) {
                    throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), "every element of 'texts' must be a string,"
                            + " got " + t);
                }
                list.add(t.asText());
            }
            return list;
        }
        throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), "the JSON body needs a string 'text' or a non-empty"
                + " array 'texts'");
    }

    /** The model the path names: 400 if the name is not a valid model name, 404 if no model has it. */
    private Models.Model model(Context ctx) {
        String name = ctx.pathParam("name");
        if (!Models.isValidName(name)) {
            throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), "'" + name + "' is not a valid model name ("
                    + Models.NAME_RULE + ")");
        }
        return models.find(name).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND.getCode(), "no model '" + name
                + "'; GET /v1/models lists the " + models.all().size() + " this server has"));
    }

    private static void json(Context ctx, ObjectNode body) {
        ctx.contentType("application/json").result(Responses.text(body));
    }

    private static void error(Context ctx, int status, String message, Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.status(status);
        json(ctx, Responses.error(status, message));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Server.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the page resource " + name, e);
        }
    }
}

package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.merlab.audio.Audio;
import org.merlab.audio.WavWriter;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentClassifier;
import org.merlab.bundle.TextPredictor;
import org.merlab.bundle.Timeline;
import org.merlab.bundle.VaPredictor;
import org.merlab.bundle.VaRecipe;
import org.merlab.bundle.VaTimeline;
import org.merlab.testing.Shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server on a free loopback port with a model trained in the test ({@link ServeFixture}): real music in every
 * accepted way, every class of bad upload, model names, limits, the queue and the timeout, and a bounded load.
 */
class ServerTest {

    private static final long CAP = 2L * 1024 * 1024;
    private static final Duration IDLE = Duration.ofSeconds(2);
    private static final String PREDICT = "v1/models/" + ServeFixture.MODEL + "/predict";

    private static ServeFixture fixture;
    private static Server server;
    private static Http http;
    private static SegmentClassifier reference;

    @BeforeAll
    static void start() {
        fixture = ServeFixture.get();
        server = Server.start(Models.load(fixture.models), ServeOptions.defaults().withPort(0).withWorkers(2)
                .withQueueCapacity(8).withMaxUploadBytes(CAP).withIdleTimeout(IDLE));
        http = new Http(server.uri());
        reference = SegmentClassifier.of(fixture.read(), 1);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            Path uploads = server.uploadDirectory();
            server.close();
            assertFalse(Files.exists(uploads), "the uploads folder is removed with the server");
        }
    }

    /** After every test no upload is left behind, whatever the test sent. */
    @AfterEach
    void noUploadIsLeft() throws Exception {
        waitFor(() -> listUploads().isEmpty(), "uploads left: " + listUploads());
        assertEquals(0, server.load().busy());
    }

    @Test
    void listsTheModelWithItsLabelsCardAndProvenance() {
        Http.Answer health = http.get("health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("status").asText());
        assertEquals(2, health.json().get("workers").asInt());
        assertEquals(8, health.json().get("queueCapacity").asInt());

        ModelBundle bundle = fixture.read();
        JsonNode models = http.get("v1/models").json().get("models");
        assertEquals(3, models.size());
        JsonNode va = models.get(2);
        assertEquals(ServeFixture.VA_MODEL, va.get("name").asText());
        assertEquals("valence-arousal", va.get("kind").asText());
        assertEquals("audio", va.get("input").asText());
        assertEquals(List.of("valence", "arousal"), strings(va.get("labels")));
        VaRecipe vaRecipe = (VaRecipe) fixture.readVa().recipe();
        assertEquals(vaRecipe.stepSeconds(), va.get("recipe").get("stepSeconds").asDouble(), 0.0);
        assertEquals(vaRecipe.window(), va.get("recipe").get("window").asInt());
        assertEquals(fixture.readVa().card().limits(), strings(va.get("card").get("limits")));
        JsonNode text = models.get(1);
        assertEquals(ServeFixture.TEXT_MODEL, text.get("name").asText());
        assertEquals("text-classifier", text.get("kind").asText());
        assertEquals("text", text.get("input").asText());
        assertEquals(fixture.readText().labels(), strings(text.get("labels")));
        assertEquals("lstm", text.get("recipe").get("architecture").asText());
        JsonNode m = models.get(0);
        assertEquals(ServeFixture.MODEL, m.get("name").asText());
        assertEquals("segment-classifier", m.get("kind").asText());
        assertEquals("audio", m.get("input").asText());
        assertEquals(bundle.labels(), strings(m.get("labels")));
        assertEquals(1.0, m.get("recipe").get("segmentSeconds").asDouble());
        assertEquals(bundle.card().model(), m.get("card").get("model").asText());
        assertEquals(bundle.card().limits(), strings(m.get("card").get("limits")));
        assertEquals(bundle.provenance().gitCommit(), m.get("provenance").get("gitCommit").asText());
        assertEquals(m, http.get("v1/models/" + ServeFixture.MODEL).json());
    }

    @Test
    void aPortInUseIsAnErrorNamingTheAddress() {
        ServeOptions taken = ServeOptions.defaults().withPort(server.port()).withWorkers(1);
        ServeException e = assertThrows(ServeException.class, () -> Server.start(Models.load(fixture.models), taken));
        assertTrue(e.getMessage().startsWith("cannot serve on 127.0.0.1:" + server.port() + ": "), e.getMessage());
    }

    @Test
    void predictsRealMusicExactlyAsTheLibraryDoesWhicheverWayItIsSent() {
        Path mp3 = ServeFixture.song(0);
        assertSameTimeline(mp3, "20.mp3", http.postFile(ServeFixture.MODEL, mp3));
        Path ogg = Shared.path("datasets/music-ogg/love_theme.ogg");
        assertSameTimeline(ogg, "love_theme.ogg", http.postRaw(PREDICT + "?filename=love_theme.ogg", "audio/ogg",
                Http.read(ogg)));
        Path wav = fixture.clip(1);
        assertSameTimeline(wav, Upload.DEFAULT_NAME, http.postRaw(PREDICT, null, Http.read(wav)));
        Path synth = Shared.reference("synth_3s").resolve("synth.wav");
        assertSameTimeline(synth, "synth.wav", http.postRaw(PREDICT + "?filename=dir/synth.wav",
                "application/octet-stream", Http.read(synth)));
        Path flac = flacFixture();
        assertSameTimeline(flac, "surround.flac", http.postForm(PREDICT, "file", "surround.flac", Http.read(flac)));
    }

    @Test
    void aTrackShorterThanOneSegmentIsPredictedWithAWarningNamingTheUpload() throws IOException {
        float[] half = Arrays.copyOf(Audio.load(fixture.clip(0)).samples(), Audio.DEFAULT_SR / 2);
        Http.Answer a = http.postForm(PREDICT, "file", "short.wav", WavWriter.encodeMono16(half, Audio.DEFAULT_SR));
        assertEquals(200, a.status(), a.text());
        assertEquals(1, a.json().get("segments").size());
        String warning = a.json().get("warnings").get(0).asText();
        assertTrue(warning.startsWith("short.wav is 0.50 s long"), warning);
        assertFalse(a.text().contains(server.uploadDirectory().toString()), "no server path in " + a.text());
    }

    /** Every class of bad upload: its status and what the message names. */
    @Test
    void badUploadsGetTheirStatusAndAMessageNamingTheProblem() throws IOException {
        byte[] mp3 = Http.read(ServeFixture.song(0));
        byte[] wav = Http.read(fixture.clip(0));
        byte[] ogg = Http.read(Shared.path("datasets/music-ogg/love_theme.ogg"));
        byte[] flac = Http.read(flacFixture());
        byte[] random = new byte[100_000];
        new Random(7).nextBytes(random);
        byte[] opus = new byte[64];
        System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, opus, 0, 4);
        System.arraycopy("OpusHead".getBytes(StandardCharsets.US_ASCII), 0, opus, 28, 8);

        expect(400, "upload is empty (0 bytes)", http.postRaw(PREDICT, "audio/mpeg", new byte[0]));
        expect(400, "empty.mp3 is empty (0 bytes)", http.postForm(PREDICT, "file", "empty.mp3", new byte[0]));
        expect(400, "the multipart form has no 'file' part", http.postForm(PREDICT, "audio", "a.mp3", mp3));
        expect(415, "random.mp3: unrecognised audio format (extension .mp3); expected WAV, MP3, Ogg Vorbis or FLAC",
                http.postForm(PREDICT, "file", "random.mp3", random));
        expect(415, "page.wav: unrecognised audio format (extension .wav)", http.postForm(PREDICT, "file",
                "page.wav", "<html><body>not audio</body></html>".getBytes(StandardCharsets.UTF_8)));
        expect(415, "voice.opus: unsupported Ogg codec: Opus", http.postForm(PREDICT, "file", "voice.opus", opus));
        expect(415, "Content-Type text/plain is not accepted", http.postRaw(PREDICT, "text/plain", mp3));
        expect(415, "Content-Type application/json is not accepted", http.postRaw(PREDICT, "application/json",
                "{\"audio\": \"song.mp3\"}".getBytes(StandardCharsets.UTF_8)));
        expect(415, "Content-Type application/x-www-form-urlencoded is not accepted", http.postRaw(PREDICT,
                "application/x-www-form-urlencoded", mp3));
        expect(422, "head.wav: ", http.postForm(PREDICT, "file", "head.wav", Arrays.copyOf(wav, 30)));
        expect(422, "cut.ogg: ", http.postForm(PREDICT, "file", "cut.ogg", Arrays.copyOf(ogg, 3000)));
        expect(422, "tiny.wav: ", http.postForm(PREDICT, "file", "tiny.wav",
                WavWriter.encodeMono16(new float[100], Audio.DEFAULT_SR)));
        expect(422, "cut.mp3: truncated MPEG audio", http.postForm(PREDICT, "file", "cut.mp3",
                Arrays.copyOf(mp3, mp3.length / 2)));
        expect(422, "cut.wav: truncated WAV data: chunk declares", http.postForm(PREDICT, "file", "cut.wav",
                Arrays.copyOf(wav, wav.length / 2)));
        expect(422, "cut.flac: truncated FLAC stream", http.postForm(PREDICT, "file", "cut.flac",
                Arrays.copyOf(flac, flac.length / 2)));
    }

    @Test
    void uploadsOverTheCapAre413WhetherDeclaredOrNot() {
        byte[] big = new byte[(int) CAP + 1];
        expect(413, "the upload declares " + big.length + " bytes; the cap is " + CAP + " bytes",
                http.postRaw(PREDICT, "audio/wav", big));
        expect(413, "the upload declares", http.postForm(PREDICT, "file", "huge.wav", new byte[(int) CAP + 100_000]));
        expect(413, "the upload exceeds it", http.postForm(PREDICT, "file", "big.wav", big));
        // Chunked, so the size is known only once the cap has been passed: the raw body, then a form.
        expect(413, "the upload has more; the cap is " + CAP + " bytes", chunked("audio/wav", big));
        expect(413, "the upload exceeds it", chunked("multipart/form-data; boundary=" + Http.BOUNDARY,
                Http.multipart("file", "big.wav", big)));
    }

    private static Http.Answer chunked(String contentType, byte[] body) {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(PREDICT)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    @Test
    void aSlowUploadIsServedAndDoesNotHoldUpOthers() throws Exception {
        byte[] wav = Http.read(fixture.clip(2));
        try (Socket socket = Http.startUpload(server.port(), "/" + PREDICT + "?filename=slow.wav", "audio/wav",
                wav.length)) {
            OutputStream out = socket.getOutputStream();
            int chunk = wav.length / 4 + 1;
            for (int from = 0; from < wav.length; from += chunk) {
                Http.write(out, Arrays.copyOfRange(wav, from, Math.min(wav.length, from + chunk)));
                assertEquals(200, http.get("health").status(), "others are served meanwhile");
                Thread.sleep(IDLE.toMillis() / 4);
            }
            String answer = Http.readAll(socket);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"file\":\"slow.wav\""), answer);
        }
    }

    @Test
    void aStalledUploadIsAnswered408AndItsFileRemoved() throws Exception {
        byte[] wav = Http.read(fixture.clip(2));
        try (Socket socket = Http.startUpload(server.port(), "/" + PREDICT, "audio/wav", wav.length)) {
            Http.write(socket.getOutputStream(), Arrays.copyOf(wav, wav.length / 2));
            waitFor(() -> !listUploads().isEmpty(), "the upload is being received");
            socket.setSoTimeout((int) IDLE.toMillis() * 5);
            String answer = Http.readAll(socket);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("stalled"), answer);
        }
    }

    @Test
    void anAbortedUploadLeavesNothingBehind() throws Exception {
        byte[] wav = Http.read(fixture.clip(2));
        for (String type : List.of("audio/wav", "multipart/form-data; boundary=" + Http.BOUNDARY)) {
            byte[] body = type.startsWith("multipart") ? Http.multipart("file", "a.wav", wav) : wav;
            try (Socket socket = Http.startUpload(server.port(), "/" + PREDICT, type, body.length)) {
                Http.write(socket.getOutputStream(), Arrays.copyOf(body, body.length / 2));
                Thread.sleep(200);
            }
            waitFor(() -> listUploads().isEmpty(), "the partial upload is removed");
            assertEquals(200, http.get("health").status());
        }
    }

    @Test
    void modelNamesAreCheckedAndUnknownOnesAre404() {
        byte[] wav = Http.read(fixture.clip(0));
        expect(404, "no model 'nope'; GET /v1/models lists the 3 this server has",
                http.postForm("v1/models/nope/predict", "file", "a.wav", wav));
        expect(404, "no model 'nope'", http.get("v1/models/nope"));
        expect(400, "'bad name!' is not a valid model name", http.postForm("v1/models/bad%20name!/predict", "file",
                "a.wav", wav));
        expect(400, "'.paper' is not a valid model name", http.get("v1/models/.paper"));
        Http.Answer traversal = http.postForm("v1/models/..%2F..%2Fetc%2Fpasswd/predict", "file", "a.wav", wav);
        assertEquals(400, traversal.status(), traversal.text());
        assertNotNull(traversal.json(), "Jetty's refusal is JSON too: " + traversal.text());
        expect(400, "model 'paper' is a segment-classifier model, which takes audio, not text",
                http.postRaw("v1/models/paper/predict-text", "text/plain", "I feel calm".getBytes(StandardCharsets.UTF_8)));
        expect(404, "no model 'nope'", http.postRaw("v1/models/nope/predict-text", "text/plain", new byte[1]));
        expect(404, "", http.get("v2/anything"));
        expect(404, "", http.get("v1/models/paper/predict"));
    }

    @Test
    void predictsValenceAndArousalOfRealMusicExactlyAsTheLibraryDoes() {
        Path mp3 = ServeFixture.song(1);
        VaTimeline expected = VaPredictor.of(fixture.readVa()).predict(mp3);
        Http.Answer a = http.postFile(ServeFixture.VA_MODEL, mp3);
        assertEquals(200, a.status(), a.text());
        JsonNode json = a.json();
        assertEquals(ServeFixture.VA_MODEL, json.get("model").asText());
        assertEquals("valence-arousal", json.get("kind").asText());
        assertEquals("14.mp3", json.get("file").asText());
        assertEquals(expected.seconds(), json.get("seconds").asDouble(), 0.0);
        assertTrue(expected.steps().size() > 10, "a minute in steps of a bar: " + expected.steps().size());
        assertEquals(expected.steps().size(), json.get("steps").size());
        for (int i = 0; i < expected.steps().size(); i++) {
            VaTimeline.Step step = expected.steps().get(i);
            JsonNode s = json.get("steps").get(i);
            assertEquals(step.end(), s.get("end").asDouble(), 0.0);
            assertArrayEquals(step.values(), new double[] {s.get("values").get("valence").asDouble(),
                    s.get("values").get("arousal").asDouble()}, 0.0, "step " + i);
        }
        assertEquals(expected.mean()[1], json.get("summary").get("arousal").asDouble(), 0.0);
        assertFalse(a.text().contains(server.uploadDirectory().toString()), "no server path in the answer");
        expect(400, "model 'va' is a valence-arousal model, which takes audio, not text", http.postRaw(
                "v1/models/" + ServeFixture.VA_MODEL + "/predict-text", "text/plain", "calm".getBytes(
                        StandardCharsets.UTF_8)));
    }

    @Test
    void predictsTextsExactlyAsTheLibraryDoesWhicheverWayTheyAreSent() throws Exception {
        String path = "v1/models/" + ServeFixture.TEXT_MODEL + "/predict-text";
        TextPredictor library = TextPredictor.of(fixture.readText());
        List<String> texts = List.of("i feel so alone tonight", "what a wonderful surprise");
        Http.Answer many = http.postRaw(path, "application/json", json(Map.of("texts", texts)));
        assertSameProbabilities(texts, library.probabilities(texts), many);
        List<String> one = List.of("i am furious about this");
        assertSameProbabilities(one, library.probabilities(one), http.postRaw(path, "application/json; charset=utf-8",
                json(Map.of("text", one.getFirst()))));
        assertSameProbabilities(one, library.probabilities(one), http.postRaw(path, "text/plain; charset=utf-8",
                one.getFirst().getBytes(StandardCharsets.UTF_8)));

        expect(422, "cannot encode text without any letter or digit: '   '", http.postRaw(path, "application/json",
                json(Map.of("text", "   "))));
        expect(422, "cannot encode text without any letter or digit: ''", http.postRaw(path, "text/plain",
                new byte[0]));
        expect(400, "the body is not JSON", http.postRaw(path, "application/json",
                "{\"text\": ".getBytes(StandardCharsets.UTF_8)));
        expect(400, "the JSON body needs a string 'text' or a non-empty array 'texts'", http.postRaw(path,
                "application/json", json(Map.of("texts", List.of()))));
        expect(400, "every element of 'texts' must be a string, got 3", http.postRaw(path, "application/json",
                json(Map.of("texts", List.of(3)))));
        expect(415, "Content-Type audio/wav is not accepted", http.postRaw(path, "audio/wav", new byte[10]));
        expect(400, "model 'text' is a text-classifier model, which takes text, not audio", http.postForm(
                "v1/models/" + ServeFixture.TEXT_MODEL + "/predict", "file", "a.wav", Http.read(fixture.clip(0))));
    }

    private static byte[] json(Object value) throws IOException {
        return new ObjectMapper().writeValueAsBytes(value);
    }

    private static void assertSameProbabilities(List<String> texts, double[][] expected, Http.Answer a) {
        assertEquals(200, a.status(), a.text());
        JsonNode json = a.json();
        assertEquals(ServeFixture.TEXT_MODEL, json.get("model").asText());
        List<String> labels = strings(json.get("labels"));
        assertEquals(texts.size(), json.get("texts").size());
        for (int i = 0; i < texts.size(); i++) {
            JsonNode t = json.get("texts").get(i);
            assertEquals(texts.get(i), t.get("text").asText());
            assertArrayEquals(expected[i], probabilities(t, labels), 0.0, "text " + i);
        }
    }

    @Test
    void theQueueRefusesWith503AndRetryAfterAndATimedOutJobKeepsItsWorker() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Predictor.Factory gated = bundle -> {
            Predictor real = Predictor.Factory.OWN_COPY.create(bundle);
            return audio -> {
                try {
                    assertTrue(gate.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return real.predict(audio);
            };
        };
        // The idle timeout is shorter than the wait: it is for stalled uploads, never for a prediction in progress.
        ServeOptions options = ServeOptions.defaults().withPort(0).withWorkers(1).withQueueCapacity(1)
                .withTimeout(Duration.ofSeconds(1)).withIdleTimeout(Duration.ofMillis(300));
        byte[] wav = Http.read(fixture.clip(0));
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (Server small = Server.start(Models.load(fixture.models), options, gated)) {
            Http client = new Http(small.uri());
            Future<Http.Answer> first = clients.submit(() -> client.postForm(PREDICT, "file", "first.wav", wav));
            waitFor(() -> small.load().busy() == 1, "the first job runs");
            Future<Http.Answer> second = clients.submit(() -> client.postForm(PREDICT, "file", "second.wav", wav));
            waitFor(() -> small.load().queued() == 1, "the second job waits");
            Http.Answer refused = client.postForm(PREDICT, "file", "third.wav", wav);
            expect(503, "every worker is busy and the queue of 1 is full", refused);
            assertTrue(Long.parseLong(refused.retryAfter()) >= 1, "Retry-After: " + refused.retryAfter());

            expect(504, "the prediction of first.wav did not finish within 1 s; it runs to its end",
                    first.get(30, TimeUnit.SECONDS));
            expect(504, "the prediction of second.wav did not start within 1 s", second.get(30, TimeUnit.SECONDS));
            assertEquals(1, small.load().busy(), "the timed-out job still holds its worker");
            assertEquals(1, client.get("health").json().get("busy").asInt());
            assertEquals(1, listFiles(small.uploadDirectory()).size(), "and its upload, until it ends");
            gate.countDown();
            waitFor(() -> small.load().busy() == 0 && listFiles(small.uploadDirectory()).isEmpty(),
                    "the job ends and removes its upload");
            assertEquals(200, client.postForm(PREDICT, "file", "fourth.wav", wav).status());
        } finally {
            gate.countDown();
            clients.shutdownNow();
        }
    }

    /** 8 clients x 20 requests on 2 workers: every answer arrives and is the library's own for that file. */
    @Test
    void underLoadNoAnswerIsLostOrWrong() throws Exception {
        int clients = 8;
        int requests = 20;
        List<Path> clips = List.of(fixture.clip(0), fixture.clip(1), fixture.clip(2));
        List<double[]> expected = clips.stream().map(c -> reference.predict(c).mean()).toList();
        List<String> labels = reference.bundle().labels();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int r = 0; r < requests; r++) {
                        int k = (client + r) % clips.size();
                        Http.Answer a = http.postFile(ServeFixture.MODEL, clips.get(k));
                        if (a.status() != 200) {
                            wrong.add(client + "/" + r + ": HTTP " + a.status() + " " + a.message());
                        } else if (!Arrays.equals(expected.get(k), probabilities(a.json().get("summary"), labels))) {
                            wrong.add(client + "/" + r + ": another answer for clip " + k);
                        }
                    }
                    return wrong;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> f : results) {
                wrong.addAll(f.get(5, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), wrong, clients * requests + " requests");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The audio tests' 6-channel 16-bit FLAC (0.125 s at 16 kHz, made by {@code make_flac_fixtures.py}). */
    private static Path flacFixture() {
        try {
            return Path.of(ServerTest.class.getResource("/org/merlab/audio/surround16.flac").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameTimeline(Path file, String name, Http.Answer a) {
        assertEquals(200, a.status(), a.text());
        Timeline t = reference.predict(file);
        JsonNode json = a.json();
        assertEquals(name, json.get("file").asText());
        assertEquals(ServeFixture.MODEL, json.get("model").asText());
        assertEquals(t.seconds(), json.get("seconds").asDouble(), 0.0);
        assertEquals(t.segments().size(), json.get("segments").size());
        List<String> labels = t.labels();
        for (int i = 0; i < t.segments().size(); i++) {
            JsonNode s = json.get("segments").get(i);
            assertEquals(t.segments().get(i).start(), s.get("start").asDouble(), 0.0);
            assertArrayEquals(t.segments().get(i).probabilities(), probabilities(s, labels), 0.0, "segment " + i);
        }
        assertArrayEquals(t.mean(), probabilities(json.get("summary"), labels), 0.0);
        assertEquals(t.top(), json.get("summary").get("top").asText());
        assertFalse(a.text().contains(server.uploadDirectory().toString()), "no server path in the answer");
    }

    private static double[] probabilities(JsonNode node, List<String> labels) {
        return labels.stream().mapToDouble(l -> node.get("probabilities").get(l).asDouble()).toArray();
    }

    /** {@code a} has {@code status} and a JSON error whose message starts with {@code message}, no stack trace. */
    private static void expect(int status, String message, Http.Answer a) {
        assertEquals(status, a.status(), a.text());
        assertNotNull(a.json(), "a JSON error body: " + a.text());
        assertEquals(status, a.json().get("status").asInt());
        assertTrue(a.message().startsWith(message), "'" + a.message() + "' should start with '" + message + "'");
        assertFalse(a.text().contains("\tat ") || a.text().contains("Exception"), "no stack trace: " + a.text());
        assertFalse(a.text().contains(server.uploadDirectory().toString()), "no server path: " + a.text());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<Path> listUploads() {
        return listFiles(server.uploadDirectory());
    }

    private static List<Path> listFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition, String what) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}

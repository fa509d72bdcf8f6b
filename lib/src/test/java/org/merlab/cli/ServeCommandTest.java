package org.merlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/) with");

    @Test
    void servesTheBundleUntilInterrupted() throws Exception {
        TrainedBundle trained = TrainedBundle.get();
        assertEquals(0, trained.exitCode, trained.run.err.toString());
        CliRun run = new CliRun();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(run.execute("serve", "--models", trained.bundle.toString(),
                "--port", "0", "--workers", "1")));
        serving.start();
        Matcher m = ADDRESS.matcher("");
        for (int i = 0; i < 600 && !(m = ADDRESS.matcher(run.out.toString())).find(); i++) {
            Thread.sleep(50);
        }
        assertTrue(m.find(0), "the address is printed: " + run.out + run.err);
        assertTrue(run.out.toString().startsWith("serving 1 model (model) at "), run.out.toString());
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"models\":1"), health.body());

        serving.interrupt();
        serving.join(30_000);
        assertFalse(serving.isAlive());
        assertEquals(0, exit.get(), run.err.toString());
        int port = Integer.parseInt(m.group(2));
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "no longer listening");
    }

    @Test
    void aFolderWithoutAUsableBundleIsAnErrorListingWhatWasSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.zip"), "not a zip");
        Files.writeString(dir.resolve("notes.txt"), "not a bundle either");
        CliRun run = new CliRun();
        assertEquals(1, run.execute("serve", "--models", dir.toString(), "--port", "0"));
        String err = run.err.toString();
        assertTrue(err.startsWith("merlab serve: no usable model bundle in " + dir), err);
        assertTrue(err.contains("skipped " + dir.resolve("broken.zip") + ": "), err);
        assertFalse(err.contains("notes.txt"), err);
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheValue(@TempDir Path dir) {
        CliRun run = new CliRun();
        assertEquals(2, run.execute("serve", "--models", dir.toString(), "--workers", "0"));
        assertTrue(run.err.toString().contains("workers must be at least 1, got 0"), run.err.toString());
        CliRun missing = new CliRun();
        assertEquals(1, missing.execute("serve", "--models", dir.resolve("absent").toString()));
        assertTrue(missing.err.toString().contains("no models folder or bundle at " + dir.resolve("absent")),
                missing.err.toString());
    }
}

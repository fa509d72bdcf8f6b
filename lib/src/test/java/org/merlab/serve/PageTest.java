package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentClassifier;
import org.merlab.bundle.TextPredictor;
import org.merlab.bundle.Timeline;
import org.merlab.bundle.VaPredictor;
import org.merlab.bundle.VaTimeline;
import org.merlab.eval.Probabilities;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page ({@code index.html}, {@code app.js}) in a real browser: Debian's headless Chromium driven by Selenium
 * through {@code /usr/bin/chromedriver} (nothing downloaded). A user's steps: open the page, choose a song, wait for
 * the charts, read the labels; or choose the text model, type a text, read its labels. Skipped, saying so, only where Chromium is not installed.
 */
class PageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static ServeFixture fixture;
    private static Server server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM + " for the browser test"
                + " (environment/install installs Debian's chromium and chromium-driver)");
        fixture = ServeFixture.get();
        server = Server.start(Models.load(fixture.models), ServeOptions.defaults().withPort(0).withWorkers(1));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: Chromium's sandbox cannot start as root, which tests and CI here are.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,1400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDroppedSongShowsItsWaveformTimelineAndPredictedLabels() {
        browser.get(server.uri().toString());
        waitForState("ready");
        assertEquals(ServeFixture.MODEL, browser.findElement(By.id("model")).getDomProperty("value"));
        String card = browser.findElement(By.id("card")).getText();
        assertTrue(card.contains(fixture.read().card().limits().getFirst()), "the card's limits are shown: " + card);

        Path song = ServeFixture.song(1);
        browser.findElement(By.id("file")).sendKeys(song.toAbsolutePath().toString());
        waitForState("done");

        Timeline expected = SegmentClassifier.of(fixture.read(), 1).predict(song);
        assertEquals(expected.top(), browser.findElement(By.id("top")).getText());
        List<String> shown = browser.findElements(By.cssSelector("#legend li.label")).stream()
                .map(li -> li.getDomAttribute("data-label")).toList();
        assertEquals(expected.labels(), shown);
        WebElement timeline = browser.findElement(By.id("timeline"));
        assertEquals(String.valueOf(expected.segments().size()), timeline.getDomAttribute("data-segments"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#segments tr"));
        assertEquals(expected.segments().size() + 1, rows.size(), "a header and one row per segment");
        for (int i = 0; i < expected.segments().size(); i++) {
            String top = expected.labels().get(expected.segments().get(i).top());
            assertTrue(rows.get(i + 1).getText().endsWith(top), "segment " + i + ": " + rows.get(i + 1).getText());
        }
        assertTrue(paintedShare("timeline") > 0.5, "the stacked probabilities fill most of the timeline");
        assertTrue(paintedShare("waveform") > 0.05, "the browser drew the waveform");
    }

    @Test
    void aSongForAValenceArousalModelShowsBothCurvesAndEveryStep() {
        browser.get(server.uri().toString());
        waitForState("ready");
        browser.findElement(By.cssSelector("#model option[value='" + ServeFixture.VA_MODEL + "']")).click();
        assertEquals("Valence and arousal over time", browser.findElement(By.id("timeline-title")).getText());
        String card = browser.findElement(By.id("card")).getText();
        assertTrue(card.contains(fixture.readVa().card().limits().getFirst()), "its card is shown: " + card);

        Path song = ServeFixture.song(2);
        browser.findElement(By.id("file")).sendKeys(song.toAbsolutePath().toString());
        waitForState("done");

        VaTimeline expected = VaPredictor.of(fixture.readVa()).predict(song);
        assertEquals(String.format(Locale.ROOT, "valence %.3f, arousal %.3f", expected.mean()[0],
                expected.mean()[1]), browser.findElement(By.id("va-mean")).getText());
        WebElement timeline = browser.findElement(By.id("timeline"));
        assertEquals(String.valueOf(expected.steps().size()), timeline.getDomAttribute("data-steps"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#steps tr"));
        assertEquals(expected.steps().size() + 1, rows.size(), "a header and one row per step");
        VaTimeline.Step last = expected.steps().getLast();
        assertTrue(rows.getLast().getText().endsWith(String.format(Locale.ROOT, "%.3f %.3f", last.values()[0],
                last.values()[1])), rows.getLast().getText());
        double painted = paintedShare("timeline");
        assertTrue(painted > 0.002 && painted < 0.5, "two curves, not a filled chart: " + painted);
    }

    @Test
    void aTypedTextShowsEachLabelsProbabilityForATextModel() {
        browser.get(server.uri().toString());
        waitForState("ready");
        assertTrue(browser.findElement(By.id("drop")).isDisplayed(), "an audio model shows the drop zone");
        browser.findElement(By.cssSelector("#model option[value='" + ServeFixture.TEXT_MODEL + "']")).click();
        assertTrue(browser.findElement(By.id("text")).isDisplayed(), "a text model shows the text box");
        assertTrue(!browser.findElement(By.id("drop")).isDisplayed(), "and hides the drop zone");
        String card = browser.findElement(By.id("card")).getText();
        assertTrue(card.contains(fixture.readText().card().limits().getFirst()), "its card is shown: " + card);

        String text = "i feel so happy and loved today";
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("predict-text")).click();
        waitForState("done");
        ModelBundle bundle = fixture.readText();
        double[] p = TextPredictor.of(bundle).probabilities(List.of(text))[0];
        assertEquals(bundle.labels().get(Probabilities.argmax(p)), browser.findElement(By.id("text-top")).getText());
        List<String> shown = browser.findElements(By.cssSelector("#text-result li.label")).stream()
                .map(li -> li.getDomAttribute("data-label")).toList();
        assertEquals(bundle.labels(), shown);

        browser.findElement(By.id("text")).clear();
        browser.findElement(By.id("text")).sendKeys("?!");
        browser.findElement(By.id("predict-text")).click();
        waitForState("error");
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.contains("cannot encode text without any letter or digit") && status.contains("422"),
                status);
    }

    @Test
    void aFileThatIsNotAudioShowsTheServersMessage() throws IOException {
        browser.get(server.uri().toString());
        waitForState("ready");
        Path junk = fixture.root.resolve("junk.mp3");
        byte[] bytes = new byte[20_000];
        new Random(1).nextBytes(bytes);
        Files.write(junk, bytes);
        browser.findElement(By.id("file")).sendKeys(junk.toString());
        waitForState("error");
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.contains("junk.mp3: unrecognised audio format (extension .mp3)") && status.contains("415"),
                status);
    }

    /** Waits for the page's {@code <body data-state>} (set by app.js) to become {@code state}. */
    private static void waitForState(String state) {
        long end = System.nanoTime() + WAIT.toNanos();
        String now;
        while (!state.equals(now = browser.findElement(By.tagName("body")).getDomAttribute("data-state"))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the page is '" + now + "', not '" + state + "', after " + WAIT
                        + "; status: " + browser.findElement(By.id("status")).getText());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The share of the canvas's pixels that are painted (not transparent). */
    private static double paintedShare(String canvas) {
        Object share = ((JavascriptExecutor) browser).executeScript("""
                const c = document.getElementById(arguments[0]);
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let painted = 0;
                for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) painted++; }
                return painted / (c.width * c.height);""", canvas);
        return ((Number) share).doubleValue();
    }
}

package org.merlab.features;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.merlab.audio.Audio;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end, from the MP3 file with our own decoder and resampler, against librosa's paper-feature CSVs
 * ({@code reference/librosa-0.10.2/paper-features/}), for the six reference tracks at N = 20 and N = 10.
 * Stated tolerances (the issue asked for 1% relative, 0.5 MFCC units and 95% tempo agreement; measured worst errors
 * on 2026-11-21 are 1.2e-4 relative for rolloff, 4.3e-3 for the zero-crossing rate, 5.6e-10 for the harmonic mean,
 * 0.0083 MFCC units, tempo 180/180): chroma, rms, centroid, bandwidth and rolloff means within 1e-3 relative; the
 * zero-crossing rate within 1% relative (a sign flip of a near-zero sample moves one crossing); the harmonic mean
 * within 1e-7 absolute (its values are ~1e-3); MFCC means within 0.05 absolute; tempo equal (to 1e-6 BPM) on at least
 * 95% of segments. The worst errors reached are printed.
 */
class PaperFeaturesEndToEndTest {

    private static final Map<Integer, String> FILES = Map.of(6, "classical/6.mp3", 76, "classical/76.mp3",
            147, "rock/47.mp3", 199, "rock/99.mp3", 206, "electronic/6.mp3", 367, "pop/67.mp3");
    private static final List<String> RELATIVE = List.of("chroma_stft", "rms", "spectral_centroid",
            "spectral_bandwidth", "spectral_rolloff", "zero_crossing_rate");

    @ParameterizedTest
    @ValueSource(ints = {20, 10})
    void reproducesLibrosaPaperFeaturesFromTheAudioFiles(int n) throws IOException {
        Path csv = Shared.path("reference/librosa-0.10.2/paper-features/paper_features_N" + n + ".csv");
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.getFirst().split(","));
        Map<Integer, double[][]> ours = new LinkedHashMap<>();
        Map<String, Double> worst = new LinkedHashMap<>();
        int tempoEqual = 0;
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int track = Integer.parseInt(cells[0]);
            int segment = Integer.parseInt(cells[3]);
            double[] got = ours.computeIfAbsent(track, t -> {
                float[] y = Audio.load(Shared.path("datasets/emotify-dev/" + FILES.get(t))).samples();
                assertEquals(1323648, y.length, "decoded length of track " + t);
                return PaperFeatures.ofSegments(y, n, Audio.DEFAULT_SR, 2);
            })[segment];
            rows++;
            for (int c = 0; c < PaperFeatures.SIZE; c++) {
                String name = PaperFeatures.COLUMNS.get(c);
                double expected = Double.parseDouble(cells[header.indexOf(name)]);
                double error = Math.abs(got[c] - expected);
                if (name.equals("tempo")) {
                    tempoEqual += error < 1e-6 ? 1 : 0;
                    continue;
                }
                double measure = RELATIVE.contains(name) ? error / Math.abs(expected) : error;
                String key = name.startsWith("mfcc") ? "mfcc (abs)" : RELATIVE.contains(name) ? name + " (rel)" : name + " (abs)";
                worst.merge(key, measure, Math::max);
            }
        }
        System.out.printf("paper features N=%d, %d segments: tempo equal %d/%d; worst %s%n", n, rows, tempoEqual, rows,
                worst);
        RELATIVE.forEach(name -> assertTrue(worst.get(name + " (rel)") <= (name.equals("zero_crossing_rate") ? 1e-2 : 1e-3),
                name + ": " + worst));
        assertTrue(worst.get("harmonic (abs)") <= 1e-7, "harmonic: " + worst);
        assertTrue(worst.get("mfcc (abs)") <= 0.05, "mfcc: " + worst);
        assertTrue(tempoEqual >= 0.95 * rows, "tempo equal on " + tempoEqual + " of " + rows + " segments");
    }
}

package org.merlab.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticEmotifyTest {

    /** The smoke corpus: 36 tracks of 6 s, 4 per emotion, 9 per genre. */
    private static final SyntheticEmotify.Options SMOKE = SyntheticEmotify.Options.SMOKE;

    @TempDir
    static Path shared;

    private static Path corpus;
    private static SyntheticEmotify.Summary summary;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateSmokeCorpus() throws IOException {
        corpus = shared.resolve("smoke");
        summary = SyntheticEmotify.generate(corpus, SMOKE);
    }

    /** Intended emotion per track id, from the corpus's ground-truth file. */
    private static Map<Integer, Gems> intended(Path corpusDir) {
        CsvTable t = CsvTable.read(corpusDir.resolve(SyntheticEmotify.TRUTH), ',', StandardCharsets.UTF_8);
        Map<Integer, Gems> out = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            out.put(t.integer(row, t.column("track id")), Gems.parse(t.text(row, t.column("intended"))).orElseThrow());
        }
        return out;
    }

    @Test
    void theOfficialLayoutLoaderReadsTheCorpus() {
        LoadedDataset<EmotifyTrack> d = Emotify.load(corpus.resolve(Emotify.OFFICIAL_FILE), corpus, "embedded");
        assertEquals(36, d.tracks().size());
        assertEquals(List.of(), d.missingAudio());
        assertEquals(36, summary.tracks());
        for (EmotifyTrack t : d.tracks()) {
            assertTrue(t.participants() >= 15 && t.participants() <= 30, "participants " + t.participants());
            assertTrue(t.audio().toString().endsWith(".wav"));
        }
        assertEquals(corpus.resolve("rock/9.wav"), d.tracks().stream().filter(t -> t.trackId() == 109)
                .findFirst().orElseThrow().audio());
    }

    @Test
    void classesAndGenresAreBalanced() {
        Map<Integer, Gems> intended = intended(corpus);
        assertEquals(36, intended.size());
        for (Gems g : Gems.values()) {
            assertEquals(4, intended.values().stream().filter(x -> x == g).count(), g.label());
        }
        for (EmotifyGenre g : EmotifyGenre.values()) {
            assertEquals(9, intended.keySet().stream().filter(id -> EmotifyGenre.ofTrackId(id).orElseThrow() == g)
                    .count(), g.folder());
        }
    }

    /** 396 one-second tracks (11 per cell): enough listeners' verdicts for a stable agreement rate. */
    @Test
    void dominantEmotionIsTheIntendedOneMostButNotAllOfTheTime() throws IOException {
        Path big = dir.resolve("big");
        SyntheticEmotify.Summary s = SyntheticEmotify.generate(big, new SyntheticEmotify.Options(7, 11, 1, 15, 30));
        Map<Integer, Gems> intended = intended(big);
        Map<Gems, Integer> agreeing = new EnumMap<>(Gems.class);
        int agree = 0;
        for (EmotifyTrack t : Emotify.load(big.resolve(Emotify.OFFICIAL_FILE), big, "embedded").tracks()) {
            if (t.dominant() == intended.get(t.trackId())) {
                agree++;
                agreeing.merge(t.dominant(), 1, Integer::sum);
            }
        }
        double rate = agree / 396.0;
        System.out.printf("embedded corpus, 396 tracks: dominant = intended for %d (%.1f %%); per class %s%n",
                agree, 100 * rate, agreeing);
        assertEquals(agree, s.dominantIsIntended());
        assertTrue(rate >= 0.70 && rate <= 0.95, "agreement " + rate);
        for (Gems g : Gems.values()) {
            assertTrue(agreeing.getOrDefault(g, 0) >= 44 / 2, g + " agrees on fewer than half its 44 tracks");
        }
    }

    /** Loudness, brightness and crescendo, measured on the audio with plain Java. */
    @Test
    void classesDifferInTheirMusicalParameters() throws IOException {
        Map<Gems, List<double[]>> audio = new EnumMap<>(Gems.class);
        for (EmotifyTrack t : Emotify.load(corpus.resolve(Emotify.OFFICIAL_FILE), corpus, "embedded").tracks()) {
            Gems emotion = intended(corpus).get(t.trackId());
            audio.computeIfAbsent(emotion, k -> new ArrayList<>()).add(Fixtures.wav(t.audio()));
        }
        double power = mean(audio.get(Gems.POWER), x -> Fixtures.rmsDb(x, 0, x.length));
        double calmness = mean(audio.get(Gems.CALMNESS), x -> Fixtures.rmsDb(x, 0, x.length));
        double joyZcr = mean(audio.get(Gems.JOYFUL_ACTIVATION), Fixtures::zeroCrossingRate);
        double sadZcr = mean(audio.get(Gems.SADNESS), Fixtures::zeroCrossingRate);
        int second = SyntheticEmotify.SAMPLE_RATE;
        double rise = mean(audio.get(Gems.TENSION),
                x -> Fixtures.rmsDb(x, x.length - second, x.length) - Fixtures.rmsDb(x, 0, second));
        System.out.printf("RMS power %.1f dB, calmness %.1f dB; ZCR joyful %.4f, sadness %.4f; tension rise %.1f dB%n",
                power, calmness, joyZcr, sadZcr, rise);
        assertTrue(power > calmness + 10, "power must be at least 10 dB louder than calmness");
        assertTrue(joyZcr > 2 * sadZcr, "joyful activation must be brighter (ZCR) than sadness");
        assertTrue(rise > 10, "tension's crescendo must rise more than 10 dB");
    }

    private static double mean(List<double[]> tracks, ToDoubleFunction<double[]> f) {
        return tracks.stream().mapToDouble(f).average().orElseThrow();
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        SyntheticEmotify.Options o = new SyntheticEmotify.Options(11, 1, 2, 15, 30);
        SyntheticEmotify.generate(dir.resolve("a"), o);
        SyntheticEmotify.generate(dir.resolve("b"), o);
        SyntheticEmotify.generate(dir.resolve("c"), new SyntheticEmotify.Options(12, 1, 2, 15, 30));
        List<Path> files = files(dir.resolve("a"));
        assertEquals(files, files(dir.resolve("b")));
        assertEquals(36 + 4, files.size());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)), f.toString());
        }
        assertFalse(Files.readString(dir.resolve("a/data.csv")).equals(Files.readString(dir.resolve("c/data.csv"))));
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a/pop/1.wav")),
                Files.readAllBytes(dir.resolve("c/pop/1.wav"))));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void refusesToOverwriteAndLeavesNoTemporaryFolders() throws IOException {
        Files.createDirectories(dir.resolve("taken"));
        assertThrows(FileAlreadyExistsException.class,
                () -> SyntheticEmotify.generate(dir.resolve("taken"), SMOKE));
        SyntheticEmotify.generate(dir.resolve("fresh"), new SyntheticEmotify.Options(1, 1, 1, 1, 1));
        assertEquals(List.of(dir.resolve("fresh"), dir.resolve("taken")), Files.list(dir).sorted().toList());
    }

    @Test
    void readmeAndStampDescribeThisCorpus() throws IOException {
        assertEquals(CorpusReadme.text(SMOKE, 36, summary.dominantIsIntended()),
                Files.readString(corpus.resolve("README.md")).stripTrailing() + "\n");
        assertEquals(SyntheticEmotify.stamp(SMOKE), Files.readString(corpus.resolve(SyntheticEmotify.STAMP)).strip());
    }

    @Test
    void optionsValidateThemselves() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SyntheticEmotify.Options(1, 12, 30, 15, 30));
        assertEquals("tracksPerGenreAndEmotion must be in 1-11, got 12", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SyntheticEmotify.Options(1, 1, 0.5, 15, 30));
        assertEquals("seconds must be in 1-120, got 0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SyntheticEmotify.Options(1, 1, 5, 15, 10));
        assertEquals("participants must satisfy 1 <= min <= max, got 15-10", e.getMessage());
        assertEquals(new SyntheticEmotify.Options(20_260_401L, 1, 15, 15, 30), SyntheticEmotify.Options.scaled(0.5));
        assertEquals(72, SyntheticEmotify.Options.DEFAULT.tracks());
        assertThrows(IllegalArgumentException.class, () -> SyntheticEmotify.Options.scaled(0));
    }
}

package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.BarRule;
import org.merlab.testing.Shared;

class VgmidiTest {

    private static VaDataset real;

    @BeforeAll
    static void loadShared() {
        real = Vgmidi.load(Shared.path("datasets/vgmidi"));
    }

    /** A two-piece corpus in VGMIDI's layout whose annotation JSON the test writes by hand. */
    private static Path corpus(Path dir, String annotations) throws Exception {
        Path root = SyntheticVgmidi.ensure(dir, new SyntheticVgmidi.Options(2, 1, 4, 4, 1, 3));
        Files.delete(root.resolve("annotations/vgmidi_raw_1.json"));
        Files.writeString(root.resolve("annotations/vgmidi_raw_1.json"), annotations);
        return root;
    }

    private static String pieces(int measures) {
        return "\"pieces\": {\n"
                + "  \"piece0\": {\"midi\": \"Synth_SYN_Game00_Piece000.mid\", \"measures\": " + measures + "},\n"
                + "  \"piece1\": {\"midi\": \"Synth_SYN_Game00_Piece001.mid\", \"measures\": 4}\n"
                + "}";
    }

    @Test
    void loadsEveryListedPieceWithAlignableBars() {
        // 200 listed; two (raw_2 piece18 and piece69) declare bar counts 3 and 7 away from their MIDI.
        assertEquals(198, real.pieces().size(), real.skipped().toString());
        assertEquals(real.pieces().size(), real.pieces().stream().map(VaPiece::id).distinct().count(),
                "ids are unique although keys pieceN repeat across the two files");
        assertTrue(real.pieces().stream().anyMatch(p -> p.id().equals("vgmidi_raw_1/piece0")));
        assertTrue(real.pieces().stream().anyMatch(p -> p.id().equals("vgmidi_raw_2/piece0")));
    }

    @Test
    void annotationsOfUnlistedPiecesAreSkippedAndListed() {
        List<String> unlisted = real.skipped().stream().filter(s -> s.contains("does not list")).toList();
        assertEquals(4, unlisted.size(), unlisted.toString());
        assertTrue(unlisted.getFirst().startsWith(Shared.path("datasets/vgmidi/annotations/vgmidi_raw_1.json")
                + ":"), unlisted.getFirst());
    }

    @Test
    void longerAnnotatorsAreCutToThePieceAndListed() {
        List<String> cut = real.skipped().stream().filter(s -> s.contains("dropped")).toList();
        assertEquals(3, cut.size(), cut.toString());
        VaPiece p42 = real.pieces().stream().filter(p -> p.id().equals("vgmidi_raw_2/piece42")).findFirst()
                .orElseThrow();
        assertEquals(78, p42.steps());
    }

    @Test
    void targetsAreTheMeanOverAnnotatorsWithTheirSpread() {
        VaPiece p = real.pieces().stream().filter(x -> x.id().equals("vgmidi_raw_1/piece0")).findFirst()
                .orElseThrow();
        assertEquals(32, p.steps());
        assertEquals("Final Fantasy_PS1_Final Fantasy VII", p.group());
        assertTrue(p.raters()[0] >= 29, "about 30 listeners");
        for (int k = 0; k < p.steps(); k++) {
            assertTrue(p.valence()[k] >= -1 && p.valence()[k] <= 1);
            assertTrue(p.valenceSd()[k] > 0, "listeners disagree");
        }
    }

    @Test
    void barsAreTimedFromTheTempoMap() {
        // piece0 of raw_1: 4/4 at one tempo, 31.69 bars in 63.4 s; its 32 steps end where the MIDI ends.
        VaPiece p = real.pieces().stream().filter(x -> x.id().equals("vgmidi_raw_1/piece0")).findFirst()
                .orElseThrow();
        assertEquals(63.4, p.end(), 0.1);
        assertEquals(p.boundaries()[1] - p.boundaries()[0], p.boundaries()[2] - p.boundaries()[1], 1e-9);
    }

    @Test
    void fourQuarterBarsMatchTheDeclaredCountsFarMoreOftenThanNotatedBars() {
        Map<BarRule, Integer> agree = Vgmidi.barRuleAgreement(Shared.path("datasets/vgmidi"));
        assertEquals(193, agree.get(BarRule.FOUR_QUARTERS));
        assertEquals(146, agree.get(BarRule.NOTATED));
    }

    @Test
    void unequalAnnotatorsAverageWhereTheyOverlap(@TempDir Path dir) throws Exception {
        Path root = corpus(dir, "{" + pieces(4) + ",\n\"annotations\": {\n"
                + "  \"piece0_1\": {\"valence\": [0.2, 0.4, 0.6, 0.8], \"arousal\": [0, 0, 0, 0]},\n"
                + "  \"piece0_2\": {\"valence\": [0.4, 0.6], \"arousal\": [1, 1]},\n"
                + "  \"piece1_1\": {\"valence\": [0, 0, 0, 0], \"arousal\": [0, 0, 0, 0]}\n}}");
        VaPiece p = Vgmidi.load(root).pieces().getFirst();
        assertArrayEquals(new double[] {0.3, 0.5, 0.6, 0.8}, p.valence(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, p.arousal(), 1e-12);
        assertArrayEquals(new double[] {0.1, 0.1, 0, 0}, p.valenceSd(), 1e-12);
        assertArrayEquals(new int[] {2, 2, 1, 1}, p.raters());
    }

    @Test
    void badAnnotatorsAreSkippedNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path root = corpus(dir, "{" + pieces(4) + ",\n\"annotations\": {\n"
                + "  \"piece0_1\": {\"valence\": [0.2, null, 0.6, 0.8], \"arousal\": [0, 0, 0, 0]},\n"
                + "  \"piece0_2\": {\"valence\": [0.4, 0.6, NaN, 0], \"arousal\": [1, 1, 1, 1]},\n"
                + "  \"piece0_3\": {\"valence\": [0.4, 0.6, 0, 0], \"arousal\": [1, 1, 1]},\n"
                + "  \"piece0_4\": {\"valence\": [0, 0, 0, 0], \"arousal\": [0, 0, 0, 0]}\n}}");
        VaDataset d = Vgmidi.load(root);
        Path json = root.resolve("annotations/vgmidi_raw_1.json");
        assertEquals(1, d.pieces().size(), "piece1 has no annotations");
        assertEquals(1, d.pieces().getFirst().raters()[0], "only piece0_4 is usable");
        Map<String, String> byKey = d.skipped().stream().collect(Collectors.toMap(
                s -> s.replaceFirst("^.*?: (piece\\d+(_\\d+)?):.*$", "$1"), s -> s));
        assertTrue(byKey.get("piece0_1").startsWith(json + ":6: piece0_1: valence[1]"), byKey.toString());
        assertTrue(byKey.get("piece0_2").startsWith(json + ":7: piece0_2: valence[2] is NaN"), byKey.toString());
        assertTrue(byKey.get("piece0_3").startsWith(json + ":8: piece0_3: 4 valence but 3 arousal"),
                byKey.toString());
        assertTrue(byKey.get("piece1").endsWith("no annotations"), byKey.toString());
    }

    @Test
    void aPieceWhoseBarCountDoesNotMatchItsMidiIsSkipped(@TempDir Path dir) throws Exception {
        Path root = corpus(dir, "{" + pieces(7) + ",\n\"annotations\": {\n"
                + "  \"piece0_1\": {\"valence\": [0, 0, 0, 0, 0, 0, 0], \"arousal\": [0, 0, 0, 0, 0, 0, 0]},\n"
                + "  \"piece1_1\": {\"valence\": [0, 0, 0, 0], \"arousal\": [0, 0, 0, 0]}\n}}");
        VaDataset d = Vgmidi.load(root);
        assertEquals(List.of("vgmidi_raw_1/piece1"), d.pieces().stream().map(VaPiece::id).toList());
        assertTrue(d.skipped().getFirst().contains("declares 7 measures, the MIDI has 4 bars"), d.skipped().toString());
    }

    @Test
    void aMidiFileThatDoesNotParseIsSkipped(@TempDir Path dir) throws Exception {
        Path root = corpus(dir, "{" + pieces(4) + ",\n\"annotations\": {\n"
                + "  \"piece0_1\": {\"valence\": [0, 0, 0, 0], \"arousal\": [0, 0, 0, 0]},\n"
                + "  \"piece1_1\": {\"valence\": [0, 0, 0, 0], \"arousal\": [0, 0, 0, 0]}\n}}");
        Path midi = root.resolve("midi/Synth_SYN_Game00_Piece001.mid");
        Files.writeString(midi, "not midi");
        VaDataset d = Vgmidi.load(root);
        assertEquals(1, d.pieces().size());
        assertTrue(d.skipped().getFirst().contains(midi.toString()), d.skipped().toString());
    }

    @Test
    void malformedJsonIsAnErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path root = corpus(dir, "{" + pieces(4) + ",\n\"annotations\": {\n  \"piece0_1\": {\"valence\": [0,, 0]}\n}}");
        var e = assertThrows(DatasetException.class, () -> Vgmidi.load(root));
        assertTrue(e.getMessage().startsWith(root.resolve("annotations/vgmidi_raw_1.json") + ":6:"), e.getMessage());
    }

    @Test
    void theGameIsTheFileNameWithoutThePiece() {
        assertEquals("Banjo-Kazooie_N64_Banjo-Kazooie", Vgmidi.game("Banjo-Kazooie_N64_Banjo-Kazooie_Ending.mid"));
        assertEquals("odd.mid", Vgmidi.game("odd.mid"));
    }
}

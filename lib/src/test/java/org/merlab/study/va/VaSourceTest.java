package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaSourceTest {

    @Test
    void theVariableWinsThenTheLocalCopyThenTheStandIn(@TempDir Path repo) throws Exception {
        Path named = Files.createDirectories(repo.resolve("elsewhere/annotations")).getParent();
        Path local = Files.createDirectories(repo.resolve("data/raw/vgmidi/annotations")).getParent();
        var fromVariable = VaSource.choose(Map.of(VaSource.VARIABLE, named.toString()), repo, false);
        assertEquals(named, fromVariable.root());
        assertTrue(fromVariable.statement().contains(VaSource.VARIABLE));
        assertEquals(local, VaSource.choose(Map.of(), repo, false).root());
        var smoke = VaSource.choose(Map.of(), repo, true);
        assertEquals(VaSource.EMBEDDED, smoke.dataset());
        assertTrue(smoke.statement().contains("smoke mode"), smoke.statement());
        assertEquals(org.merlab.data.SyntheticVgmidi.Options.SMOKE.pieces(), smoke.load().pieces().size());
    }

    @Test
    void emoMusicAndDeamHaveVariablesOfTheirOwnAndLoadThroughTheCsvLoader(@TempDir Path repo) {
        Path emo = org.merlab.testing.Shared.path("datasets/emomusic");
        var source = VaSource.choose(Map.of(VaSource.EMOMUSIC_VARIABLE, emo.toString()), repo, true);
        assertEquals("emomusic", source.dataset());
        assertEquals(VaSource.Layout.CSV, source.layout());
        assertEquals(VaSource.EMOMUSIC_VARIABLE, source.variable());
        assertTrue(source.statement().contains(VaSource.EMOMUSIC_VARIABLE), source.statement());
        var data = source.load();
        assertEquals(10, data.pieces().size());
        assertTrue(data.pieces().stream().allMatch(p -> p.group().startsWith("artist:")), "songs_info names artists");
        var deam = VaSource.choose(Map.of(VaSource.DEAM_VARIABLE, emo.toString(), VaSource.VARIABLE, " "), repo, false);
        assertEquals("deam", deam.dataset());
        assertEquals(VaSource.DEAM_VARIABLE, deam.variable());
    }

    @Test
    void twoDatasetVariablesAtOnceAreRefused(@TempDir Path repo) {
        var e = assertThrows(IllegalArgumentException.class, () -> VaSource.choose(
                Map.of(VaSource.VARIABLE, repo.toString(), VaSource.DEAM_VARIABLE, repo.toString()), repo, false));
        assertTrue(e.getMessage().contains(VaSource.VARIABLE) && e.getMessage().contains(VaSource.DEAM_VARIABLE),
                e.getMessage());
    }

    @Test
    void aVariableNamingNoCopyIsRefused(@TempDir Path repo) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> VaSource.choose(Map.of(VaSource.VARIABLE, repo.resolve("nope").toString()), repo, false));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}

package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.data.FourQ;
import org.merlab.data.FourQClip;
import org.merlab.data.Quadrant;
import org.merlab.testing.Shared;

class FourQSourceTest {

    @Test
    void theVariableWinsThenTheLocalCopyOutsideSmokeModeElseASkipThatSaysWhy(@TempDir Path repo) throws Exception {
        Path named = Files.createDirectories(repo.resolve("elsewhere"));
        Files.writeString(named.resolve(FourQ.ANNOTATIONS), "Song,Quadrant\r\n");
        Path local = Files.createDirectories(repo.resolve("data/raw/4q"));
        Files.writeString(local.resolve(FourQ.ANNOTATIONS), "Song,Quadrant\r\n");
        var fromVariable = FourQSource.choose(Map.of(FourQSource.VARIABLE, named.toString()), repo, false);
        assertEquals(named, fromVariable.root());
        assertTrue(fromVariable.statement().contains(FourQSource.VARIABLE), fromVariable.statement());
        assertEquals(local, FourQSource.choose(Map.of(), repo, false).root());
        var smoke = FourQSource.choose(Map.of(), repo, true);
        assertFalse(smoke.present());
        assertTrue(smoke.statement().startsWith("no 4Q check") && smoke.statement().contains("smoke mode"),
                smoke.statement());
        assertEquals(0, smoke.clips().size());
        var smokeNamed = FourQSource.choose(Map.of(FourQSource.VARIABLE, named.toString()), repo, true);
        assertEquals(FourQSource.SMOKE_CLIPS, smokeNamed.perQuadrant());
        assertFalse(FourQSource.choose(Map.of(), repo.resolve("empty"), false).present());
    }

    @Test
    void aVariableNamingNoCopyIsRefused(@TempDir Path repo) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FourQSource.choose(Map.of(FourQSource.VARIABLE, repo.toString()), repo, false));
        assertTrue(e.getMessage().contains(FourQ.ANNOTATIONS), e.getMessage());
    }

    @Test
    void keepsTheFirstClipsOfEachQuadrantOfTheDevCopy() {
        Path dev = Shared.path("datasets/4q-dev");
        var all = new FourQSource(dev, 0, "dev").clips();
        assertEquals(80, all.size());
        var few = new FourQSource(dev, 3, "dev").clips();
        assertEquals(12, few.size());
        for (Quadrant q : Quadrant.values()) {
            var ids = all.stream().filter(c -> c.quadrant() == q).map(FourQClip::id).sorted().limit(3).toList();
            assertEquals(ids, few.stream().filter(c -> c.quadrant() == q).map(FourQClip::id).toList());
        }
    }

    @Test
    void inputsAreTheDecodedClipsOnThePiecesMedianStepWithTheirLabels(@TempDir Path cache) {
        Path dev = Shared.path("datasets/4q-dev");
        var built = VaFixtures.built(4, 2, 1);
        var inputs = new FourQSource(dev, 1, "dev").inputs(built, cache);
        assertEquals(4, inputs.features().size());
        assertEquals(java.util.List.of(Quadrant.Q1, Quadrant.Q2, Quadrant.Q3, Quadrant.Q4), inputs.labels());
        assertEquals(1.0, inputs.stepSeconds(), 1e-12);
        // about 30 s clips on 1 s steps, 4 bands as the fixtures have
        assertTrue(inputs.features().get(0).length >= 25, "steps " + inputs.features().get(0).length);
        assertEquals(4, inputs.features().get(0)[0].length);
    }

    @Test
    void clipsWithoutAudioOrThatDoNotDecodeAreListedAsSkipped(@TempDir Path copy) throws Exception {
        Path dev = Shared.path("datasets/4q-dev");
        Path good = Files.list(dev.resolve("Q2")).sorted().findFirst().orElseThrow();
        Files.createDirectories(copy.resolve("Q2"));
        Files.createDirectories(copy.resolve("Q3"));
        Files.copy(good, copy.resolve("Q2/MT1.mp3"));
        Files.writeString(copy.resolve("Q3/MT2.mp3"), "not audio");
        Files.writeString(copy.resolve(FourQ.ANNOTATIONS), "Song,Quadrant\r\nMT1,Q2\r\nMT2,Q3\r\nMT3,Q4\r\n");
        var inputs = new FourQSource(copy, 0, "copy").inputs(VaFixtures.built(4, 2, 1), copy.resolve("cache"));
        assertEquals(java.util.List.of(Quadrant.Q2), inputs.labels());
        assertEquals(2, inputs.skipped().size(), inputs.skipped().toString());
        assertTrue(inputs.skipped().stream().anyMatch(s -> s.contains("MT2.mp3")), inputs.skipped().toString());
        assertTrue(inputs.skipped().stream().anyMatch(s -> s.startsWith("MT3: annotated")),
                inputs.skipped().toString());
        assertEquals(0, new FourQSource(null, 0, "none").inputs(VaFixtures.built(4, 2, 1), copy).features().size());
    }
}

package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.BarRule;
import org.merlab.audio.MidiTiming;

class SyntheticVgmidiTest {

    private static final SyntheticVgmidi.Options SMALL = new SyntheticVgmidi.Options(6, 3, 4, 8, 3, 11);

    @Test
    void theVgmidiLoaderReadsItWithEveryPieceAndNothingSkipped(@TempDir Path dir) {
        VaDataset d = Vgmidi.load(SyntheticVgmidi.ensure(dir, SMALL), "embedded");
        assertEquals(6, d.pieces().size());
        assertTrue(d.skipped().isEmpty(), d.skipped().toString());
        assertEquals(3, d.pieces().stream().map(VaPiece::group).distinct().count());
        assertEquals(3, d.pieces().getFirst().raters()[0]);
    }

    @Test
    void barsGetShorterWithArousalThroughTheTempoMap(@TempDir Path dir) {
        VaDataset d = Vgmidi.load(SyntheticVgmidi.ensure(dir, SMALL));
        for (VaPiece p : d.pieces()) {
            MidiTiming t = MidiTiming.of(MidiTiming.read(p.source()));
            assertEquals(p.steps(), t.barTicks(BarRule.FOUR_QUARTERS).length - 1);
            // A bar is 4 quarters at 70 + 50 a bpm of the planted arousal, which the annotators' mean tracks.
            for (int k = 0; k < p.steps(); k++) {
                double seconds = p.boundaries()[k + 1] - p.boundaries()[k];
                double planted = (240 / seconds - 70) / 50;
                assertEquals(planted, p.arousal()[k], 0.35, "bar " + k + " of " + p.id());
            }
        }
    }

    @Test
    void generationIsDeterministicAndReusedWhenStamped(@TempDir Path dir) throws Exception {
        Path a = SyntheticVgmidi.ensure(dir.resolve("a"), SMALL);
        Path b = SyntheticVgmidi.ensure(dir.resolve("b"), SMALL);
        assertEquals(Files.readString(a.resolve("annotations/vgmidi_raw_1.json")),
                Files.readString(b.resolve("annotations/vgmidi_raw_1.json")));
        long modified = Files.getLastModifiedTime(a.resolve("annotations/vgmidi_raw_1.json")).toMillis();
        SyntheticVgmidi.ensure(dir.resolve("a"), SMALL);
        assertEquals(modified, Files.getLastModifiedTime(a.resolve("annotations/vgmidi_raw_1.json")).toMillis());
    }

    @Test
    void badOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticVgmidi.Options(2, 3, 4, 8, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticVgmidi.Options(6, 3, 8, 4, 3, 1));
    }
}

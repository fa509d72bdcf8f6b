package org.merlab.study.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.features.FeatureMaps;

class VariantTest {

    @Test
    void gridsAndNames() {
        assertEquals(12, Variant.grid("all").size());
        assertEquals(List.of("lstm-fused-frames", "lstm-fused-beat", "cnn-fused-frames", "cnn-fused-beat"),
                Variant.grid("fused").stream().map(Variant::name).toList());
        assertThrows(IllegalArgumentException.class, () -> Variant.grid("mel"));
    }

    @Test
    void mapsAreCutOrTiledToTheMedianLength() {
        var clips = SyntheticClips.of(2, 3, 1);
        var frames = new Variant(Variant.Model.LSTM, FeatureMaps.Input.CHROMA, false).maps(clips, 4);
        assertEquals(12, frames[0].length);
        assertEquals(10, frames[0][0].length);
        var beats = new Variant(Variant.Model.CNN, FeatureMaps.Input.FUSED, true).maps(clips, 4);
        assertEquals(76, beats[0].length);
        assertEquals(8, beats[5][0].length);
    }
}

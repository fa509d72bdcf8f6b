package org.merlab.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.merlab.audio.WavWriter;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.Gems;

/** Emotify-layout test tracks of pure tones, written as 22050 Hz WAVs, for tests that need real audio files. */
public final class ToneTracks {

    private static final int SR = 22050;

    private ToneTracks() {
    }

    /**
     * A 2 s classical track in {@code dir}: {@code firstHz} for its first second, {@code secondHz} for its second,
     * amplitude 0.3; its dominant emotion is the one given a share of 0.5, every other share 0.
     */
    public static EmotifyTrack write(Path dir, int id, Gems dominant, double firstHz, double secondHz)
            throws IOException {
        float[] y = new float[2 * SR];
        for (int i = 0; i < y.length; i++) {
            double hz = i < SR ? firstHz : secondHz;
            y[i] = (float) (0.3 * Math.sin(2 * Math.PI * hz * i / SR));
        }
        Path wav = dir.resolve(id + ".wav");
        WavWriter.writeMono16(wav, y, SR);
        double[] shares = new double[Gems.values().length];
        shares[dominant.ordinal()] = 0.5;
        return new EmotifyTrack(id, "classical", wav, shares, dominant, 0, Optional.empty());
    }
}

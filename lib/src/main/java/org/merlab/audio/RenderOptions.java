package org.merlab.audio;

import java.nio.file.Path;

/**
 * Settings of a MIDI render ({@link MidiRender}); validates itself.
 *
 * @param sampleRate  output rate in Hz, 8000..96000 (22050, librosa's default, unless said otherwise)
 * @param soundbank   a General MIDI SoundFont 2 or DLS file, or null for Gervill's built-in emergency soundbank
 * @param tailSeconds silence-and-release time rendered after the last event, so final notes decay, 0..10
 */
public record RenderOptions(int sampleRate, Path soundbank, double tailSeconds) {

    /** Gervill's own soundbank at 22050 Hz with a one-second tail. */
    public static final RenderOptions DEFAULT = new RenderOptions(Audio.DEFAULT_SR, null, 1.0);

    public RenderOptions {
        if (sampleRate < 8000 || sampleRate > 96000) {
            throw new IllegalArgumentException("sampleRate must be 8000..96000 Hz, got " + sampleRate);
        }
        if (!(tailSeconds >= 0 && tailSeconds <= 10)) {
            throw new IllegalArgumentException("tailSeconds must be 0..10, got " + tailSeconds);
        }
    }

    public RenderOptions withSoundbank(Path file) {
        return new RenderOptions(sampleRate, file, tailSeconds);
    }
}

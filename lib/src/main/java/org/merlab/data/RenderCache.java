package org.merlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.merlab.audio.Audio;
import org.merlab.audio.AudioSignal;
import org.merlab.audio.MidiRender;
import org.merlab.audio.RenderOptions;
import org.merlab.audio.WavWriter;
import org.merlab.features.FeatureCache;
import org.merlab.io.AtomicFiles;

/**
 * MIDI renders kept as 16-bit WAV files in a folder ({@code data/processed/renders/} by convention, git-ignored),
 * keyed by the SHA-256 of the MIDI bytes and {@link MidiRender#signature} (recipe, rate, soundbank identity, Java
 * runtime), so another soundbank or rate renders anew. A render is always returned as read back from its WAV, so
 * the first and every later call give the same samples. Entries are written atomically.
 */
public final class RenderCache {

    /** The conventional folder, relative to the repository root. */
    public static final Path DEFAULT_DIR = Path.of("data", "processed", "renders");

    private final Path dir;
    private final RenderOptions options;
    private final String signature;

    public RenderCache(Path dir, RenderOptions options) {
        this.dir = dir;
        this.options = options;
        this.signature = MidiRender.signature(options);
    }

    /** What every entry's key includes besides the MIDI bytes. */
    public String signature() {
        return signature;
    }

    /** Whether {@code midi} has a cached render. */
    public boolean contains(Path midi) {
        return Files.isRegularFile(entry(midi));
    }

    /**
     * The render of {@code midi}, from the cache or rendered now and stored.
     *
     * @throws org.merlab.audio.AudioException naming the file if it does not parse
     */
    public AudioSignal get(Path midi) {
        Path entry = entry(midi);
        if (!Files.isRegularFile(entry)) {
            AudioSignal render = MidiRender.render(midi, options);
            AtomicFiles.write(entry, out -> out.write(WavWriter.encodeMono16(render.samples(), render.sampleRate())));
        }
        return Audio.loadNative(entry);
    }

    private Path entry(Path midi) {
        try {
            return dir.resolve(FeatureCache.key(midi, signature) + ".wav");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + midi + ": " + e.getMessage(), e);
        }
    }
}

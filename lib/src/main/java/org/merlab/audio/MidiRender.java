package org.merlab.audio;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * Renders a MIDI sequence to a mono signal offline with the JDK's software synthesizer, Gervill
 * ({@code com.sun.media.sound.SoftSynthesizer}), faster than real time and deterministically: equal sequence,
 * soundbank and options give equal samples.
 *
 * <p>How: every non-meta event of every track is sent to the synthesizer's receiver stamped with its time in
 * microseconds from {@link MidiTiming} (so tempo changes are honoured), and the synthesizer's output stream, opened
 * by {@code AudioSynthesizer.openStream(format, info)}, is read for the sequence's length plus
 * {@link RenderOptions#tailSeconds()}. Reverb and chorus are off (a dry render keeps the signal a function of the
 * notes), interpolation is linear, polyphony 64. The interface is in a JDK package that is not exported, reached by
 * reflection; the JVM needs {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}, which
 * {@code environment/jvm.conf} gives every launcher.
 */
public final class MidiRender {

    /** Version of this recipe; part of {@link #signature}, bump it when the rendered samples change. */
    static final int RECIPE = 1;
    private static final String SYNTHESIZER_INTERFACE = "com.sun.media.sound.AudioSynthesizer";
    private static final int POLYPHONY = 64;
    private static final int READ_BYTES = 1 << 16;

    private MidiRender() {
    }

    /** Renders the MIDI file; throws {@link AudioException} naming the file when it does not parse. */
    public static AudioSignal render(Path midi, RenderOptions options) {
        return render(MidiTiming.read(midi), options, midi);
    }

    /**
     * Renders {@code sequence}; {@code source} names it in error messages.
     *
     * @throws AudioException if the soundbank cannot be loaded
     * @throws IllegalStateException if the JVM lacks the export Gervill's stream interface needs, or has no
     *                               software synthesizer
     */
    public static AudioSignal render(Sequence sequence, RenderOptions options, Path source) {
        MidiTiming timing = MidiTiming.of(sequence);
        Synthesizer synth = synthesizer();
        try {
            AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, options.sampleRate(), 32, 1, 4,
                    options.sampleRate(), false);
            try (AudioInputStream stream = openStream(synth, format)) {
                if (options.soundbank() != null) {
                    Soundbank bank = loadSoundbank(options.soundbank());
                    synth.unloadAllInstruments(synth.getDefaultSoundbank());
                    synth.loadAllInstruments(bank);
                }
                Receiver receiver = synth.getReceiver();
                for (MidiEvent event : eventsInTimeOrder(sequence)) {
                    if (!(event.getMessage() instanceof MetaMessage)) {
                        receiver.send(event.getMessage(), Math.round(timing.seconds(event.getTick()) * 1e6));
                    }
                }
                long frames = Math.round((timing.lengthSeconds() + options.tailSeconds()) * options.sampleRate());
                return new AudioSignal(readFloats(stream, Math.toIntExact(frames), source), options.sampleRate());
            }
        } catch (IOException e) {
            throw new AudioException(source, "rendering failed", e);
        } catch (MidiUnavailableException e) {
            throw new IllegalStateException("Gervill would not open: " + e.getMessage(), e);
        } finally {
            synth.close();
        }
    }

    /**
     * What a render depends on besides the MIDI bytes, as a cache-key string: the recipe, the options, the
     * soundbank's identity (the SHA-256 of its file, or the built-in bank's name and version) and the Java runtime
     * (Gervill ships with it).
     */
    public static String signature(RenderOptions options) {
        return "gervill-render/" + RECIPE + " sr=" + options.sampleRate() + " tail=" + options.tailSeconds()
                + " reverb=off chorus=off interpolation=linear polyphony=" + POLYPHONY
                + " soundbank=" + soundbankId(options.soundbank()) + " java=" + Runtime.version();
    }

    /** The soundbank a render uses, as a readable id: {@code sf2:<sha256>} of a file, or the built-in bank's name. */
    public static String soundbankId(Path soundbank) {
        if (soundbank != null) {
            return "file:" + sha256(soundbank);
        }
        // Gervill builds its emergency bank without opening an audio line.
        Soundbank bank = synthesizer().getDefaultSoundbank();
        return "builtin:" + bank.getName() + " " + bank.getVersion();
    }

    private static Synthesizer synthesizer() {
        try {
            return MidiSystem.getSynthesizer();
        } catch (MidiUnavailableException e) {
            throw new IllegalStateException("this JVM has no MIDI synthesizer: " + e.getMessage(), e);
        }
    }

    private static AudioInputStream openStream(Synthesizer synth, AudioFormat format)
            throws MidiUnavailableException {
        Map<String, Object> info = new HashMap<>();
        info.put("interpolation", "linear");
        info.put("max polyphony", POLYPHONY);
        info.put("reverb", false);
        info.put("chorus", false);
        try {
            Class<?> audioSynth = Class.forName(SYNTHESIZER_INTERFACE);
            Method open = audioSynth.getMethod("openStream", AudioFormat.class, Map.class);
            return (AudioInputStream) open.invoke(synth, format, info);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("Gervill's offline renderer is not reachable; start the JVM with "
                    + "--add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED (see environment/jvm.conf)", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MidiUnavailableException m) {
                throw m;
            }
            throw new IllegalStateException("Gervill's openStream failed: " + e.getCause(), e.getCause());
        }
    }

    private static Soundbank loadSoundbank(Path file) {
        try {
            return MidiSystem.getSoundbank(file.toFile());
        } catch (InvalidMidiDataException | IOException e) {
            throw new AudioException(file, "not a readable SoundFont 2 or DLS soundbank", e);
        }
    }

    /** All events of all tracks by tick; a stable sort keeps each track's order and the track order at equal ticks. */
    private static List<MidiEvent> eventsInTimeOrder(Sequence sequence) {
        List<MidiEvent> events = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                events.add(track.get(i));
            }
        }
        events.sort(Comparator.comparingLong(MidiEvent::getTick));
        return events;
    }

    private static float[] readFloats(AudioInputStream stream, int frames, Path source) throws IOException {
        byte[] bytes = new byte[frames * 4];
        int off = 0;
        while (off < bytes.length) {
            int n = stream.read(bytes, off, Math.min(READ_BYTES, bytes.length - off));
            if (n < 0) {
                throw new AudioException(source, "the synthesizer stream ended after " + off / 4 + " of " + frames
                        + " frames");
            }
            off += n;
        }
        float[] y = new float[frames];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(y);
        return y;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new AudioException(file, "cannot read the soundbank", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}

package org.merlab.features;

/**
 * Parameters of {@link Tempo#tempo} ({@code librosa.feature.tempo}, librosa 0.10.2), with librosa's defaults in
 * {@link #DEFAULT}: {@code sr 22050, hop_length 512, start_bpm 120, std_bpm 1.0, ac_size 8.0 s, max_tempo 320}.
 *
 * @param sampleRate sampling rate of the signal the onset envelope came from, in Hz
 * @param hopLength  samples between successive onset-envelope values
 * @param startBpm   centre of the log-normal tempo prior, in beats per minute
 * @param stdBpm     standard deviation of the prior, in octaves ({@code log2} units)
 * @param acSize     length of the autocorrelation window, in seconds
 * @param maxTempo   tempi at or above this many BPM are never chosen
 */
public record TempoOptions(double sampleRate, int hopLength, double startBpm, double stdBpm, double acSize,
                           double maxTempo) {

    /** librosa 0.10.2's defaults. */
    public static final TempoOptions DEFAULT = new TempoOptions(22050, 512, 120, 1.0, 8.0, 320);

    public TempoOptions {
        requirePositive("sampleRate", sampleRate);
        requirePositive("hopLength", hopLength);
        requirePositive("startBpm", startBpm);
        requirePositive("stdBpm", stdBpm);
        requirePositive("acSize", acSize);
        requirePositive("maxTempo", maxTempo);
        if (winLength(sampleRate, hopLength, acSize) < 1) {
            throw new ParameterException("acSize=" + acSize + " s is shorter than one hop of " + hopLength
                    + " samples at " + sampleRate + " Hz");
        }
    }

    /** The same options at another sampling rate and hop length. */
    public TempoOptions withRate(double newSampleRate, int newHopLength) {
        return new TempoOptions(newSampleRate, newHopLength, startBpm, stdBpm, acSize, maxTempo);
    }

    /** Onset frames per second, {@code sr / hop_length}. */
    public double frameRate() {
        return sampleRate / hopLength;
    }

    /**
     * Tempogram window in frames: {@code time_to_frames(ac_size)} = {@code floor(int(ac_size * sr) / hop)},
     * 344 with the defaults (not {@code tempogram}'s own default of 384).
     */
    public int winLength() {
        return winLength(sampleRate, hopLength, acSize);
    }

    private static int winLength(double sampleRate, int hopLength, double acSize) {
        return (int) ((long) (acSize * sampleRate) / hopLength);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ParameterException(name + " must be positive and finite, got " + value);
        }
    }
}

package org.merlab.study.sequence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the log-mel sequence learners read and how long they train; validated.
 *
 * <p>Frames: the feature cache keeps each segment's log-mel spectrogram at librosa's hop of 512 samples (43 frames a
 * second, 259 frames in a 6 s segment of a 60 s track at N = 10); {@code steps} equal blocks of consecutive frames are
 * averaged into one step each, so a segment of any length becomes {@code [nMels][steps]} and one epoch over 400
 * tracks stays affordable on two cores. A step is therefore a share of its segment, not a fixed time, as a segment is
 * a share of its track (some Emotify tracks are shorter than a minute: their N = 10 segments have 112 frames).
 *
 * @param nMels     mel bands per frame ({@code n_mels} of the cached log-mel spectrogram)
 * @param steps     time steps per segment after pooling consecutive frames
 * @param epochs    most epochs per fold
 * @param patience  early stopping after this many epochs without a lower inner-validation loss
 * @param batchSize segments per update
 */
public record SequenceSettings(int nMels, int steps, int epochs, int patience, int batchSize) {

    /** 64 mel bands, 64 steps, up to 40 epochs with patience 6, batch 32. */
    public static final SequenceSettings DEFAULT = new SequenceSettings(64, 64, 40, 6, 32);

    public SequenceSettings {
        if (nMels < 1 || steps < 4) {
            throw new IllegalArgumentException("nMels must be at least 1 and steps at least 4 (the CRNN halves them"
                    + " twice), got " + nMels + " and " + steps);
        }
        if (epochs < 1 || patience < 1 || batchSize < 2) {
            throw new IllegalArgumentException("epochs and patience must be at least 1 and batchSize at least 2, got "
                    + epochs + ", " + patience + " and " + batchSize);
        }
    }

    public SequenceSettings withSteps(int value) {
        return new SequenceSettings(nMels, value, epochs, patience, batchSize);
    }

    public SequenceSettings withEpochs(int value) {
        return new SequenceSettings(nMels, steps, value, patience, batchSize);
    }

    /** The settings as result-store parameters ({@code nMels, steps, epochs, patience, batchSize}). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("nMels", Integer.toString(nMels));
        p.put("steps", Integer.toString(steps));
        p.put("epochs", Integer.toString(epochs));
        p.put("patience", Integer.toString(patience));
        p.put("batchSize", Integer.toString(batchSize));
        return p;
    }
}

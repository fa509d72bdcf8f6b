package org.merlab.data;

import java.nio.file.Path;

/**
 * One piece's time-varying valence and arousal: the mean over its annotators on a grid of steps, with the spread.
 *
 * <p>Step {@code k} spans {@code [boundaries[k], boundaries[k + 1])} seconds of the piece's audio (a bar for VGMIDI,
 * half a second for DEAM-style sets). Values are on the -1..1 scale of VGMIDI and emoMusic.
 *
 * @param id         unique within its dataset
 * @param title      for figures
 * @param group      what must not be split across training and test (VGMIDI: the game; others: the piece itself)
 * @param source     the audio or MIDI file the steps refer to
 * @param boundaries {@code steps + 1} increasing times in seconds
 * @param valence    mean valence per step
 * @param arousal    mean arousal per step
 * @param valenceSd  population standard deviation over the annotators per step (0 for one annotator)
 * @param arousalSd  same for arousal
 * @param raters     annotators per step
 */
public record VaPiece(String id, String title, String group, Path source, double[] boundaries, double[] valence,
                      double[] arousal, double[] valenceSd, double[] arousalSd, int[] raters) {

    public VaPiece {
        int n = valence.length;
        if (n == 0) {
            throw new IllegalArgumentException(id + ": no steps");
        }
        if (boundaries.length != n + 1 || arousal.length != n || valenceSd.length != n || arousalSd.length != n
                || raters.length != n) {
            throw new IllegalArgumentException(id + ": " + n + " steps need " + (n + 1) + " boundaries and " + n
                    + " values per series");
        }
        for (int k = 0; k < n; k++) {
            if (!(boundaries[k + 1] > boundaries[k])) {
                throw new IllegalArgumentException(id + ": step " + k + " does not advance in time ("
                        + boundaries[k] + " to " + boundaries[k + 1] + " s)");
            }
        }
    }

    public int steps() {
        return valence.length;
    }

    /** Where the last step ends, in seconds. */
    public double end() {
        return boundaries[steps()];
    }

    /** The mean valence ({@code dimension 0}) or arousal ({@code 1}) series. */
    public double[] target(int dimension) {
        return dimension == 0 ? valence : arousal;
    }

    /** The annotators' standard deviation of valence ({@code 0}) or arousal ({@code 1}). */
    public double[] spread(int dimension) {
        return dimension == 0 ? valenceSd : arousalSd;
    }
}

package org.merlab.features;

import org.merlab.testing.Bench;

/**
 * Prints how fast HPSS, onset strength, tempo and beat tracking run on a 3 s and the 30 s reference clips (one thread):
 * the median wall and thread-CPU time of several runs after a JIT warm-up, and the multiple of real time by CPU
 * time (on a shared machine wall time mostly measures the neighbours). Not a test; run with
 * {@code make bench-rhythm}.
 */
public final class RhythmBenchmark {

    private static final double SR = 22050;

    private RhythmBenchmark() {
    }

    public static void main(String[] args) {
        float[] warm = Conformance.signal("emotify_rock_147_0-30s");
        for (int i = 0; i < 5; i++) {
            Effects.harmonic(warm);
            Beat.beatTrack(warm, SR);
        }
        Bench.header();
        for (String clip : Conformance.CLIPS.subList(1, Conformance.CLIPS.size())) {
            float[] y = Conformance.signal(clip);
            double sec = y.length / SR;
            Spectrogram stft = Stft.stft(y);
            float[][] magnitude = stft.magnitude();
            float[] onset = Onset.onsetStrength(y, SR, Onset.Aggregate.MEDIAN);
            Bench.report(clip, "stft magnitude", sec, () -> Stft.stft(y).magnitude());
            Bench.report(clip, "median filter along frames (31)", sec, () -> MedianFilter.alongRows(magnitude, 31));
            Bench.report(clip, "median filter along bins (31)", sec, () -> MedianFilter.alongColumns(magnitude, 31));
            Bench.report(clip, "Effects.harmonic (stft+hpss+istft)", sec, () -> Effects.harmonic(y));
            Bench.report(clip, "Effects.harmonicMean(stft)", sec,
                    () -> Effects.harmonicMean(stft, y.length, HpssOptions.DEFAULT, StftOptions.DEFAULT));
            Bench.report(clip, "Effects.harmonicMean(stft, magnitude)", sec,
                    () -> Effects.harmonicMean(stft, magnitude, y.length, HpssOptions.DEFAULT, StftOptions.DEFAULT));
            Bench.report(clip, "Effects.harmonicMean(y) (with stft)", sec, () -> Effects.harmonicMean(y));
            Bench.report(clip, "Onset.onsetStrength(y) median", sec,
                    () -> Onset.onsetStrength(y, SR, Onset.Aggregate.MEDIAN));
            Bench.report(clip, "Tempo.tempo(onset)", sec, () -> Tempo.tempo(onset));
            Bench.report(clip, "Beat.beatTrackOnsets(onset)", sec, () -> Beat.beatTrackOnsets(onset));
            Bench.report(clip, "Beat.beatTrack(y)", sec, () -> Beat.beatTrack(y, SR));
        }
    }
}

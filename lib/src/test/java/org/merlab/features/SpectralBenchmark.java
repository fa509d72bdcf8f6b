package org.merlab.features;

import static org.merlab.testing.Bench.report;

import org.merlab.testing.Bench;

/**
 * Prints how fast the STFT and the spectral features run on the 30 s reference clips (one thread): median wall and
 * thread-CPU time after a JIT warm-up, and the multiple of real time by CPU time ({@link Bench}). Not a test; run with
 * {@code make bench-spectral}.
 */
public final class SpectralBenchmark {

    private static final double SR = 22050;

    private SpectralBenchmark() {
    }

    public static void main(String[] args) {
        float[] warm = Conformance.signal("emotify_rock_147_0-30s");
        for (int i = 0; i < 5; i++) {
            allFromOneStft(warm);
        }
        Bench.header();
        for (String clip : Conformance.CLIPS.subList(2, Conformance.CLIPS.size())) {
            float[] y = Conformance.signal(clip);
            double seconds = y.length / SR;
            Spectrogram s = Stft.stft(y);
            float[][] magnitude = s.magnitude();
            float[][] power = s.power();
            float[][] mel = Mel.melspectrogram(power, SR);
            report(clip, "Stft.stft", seconds, () -> Stft.stft(y));
            report(clip, "Stft.istft(length)", seconds, () -> Stft.istft(s, StftOptions.DEFAULT, y.length));
            report(clip, "magnitude + power", seconds, () -> s.power());
            report(clip, "Mel.melspectrogram(power)", seconds, () -> Mel.melspectrogram(power, SR));
            report(clip, "Mel.mfcc(powerToDb(mel))", seconds, () -> Mel.mfcc(Mel.powerToDb(mel), Mel.N_MFCC));
            report(clip, "Pitch.estimateTuning(power)", seconds, () -> Pitch.estimateTuning(power, SR));
            report(clip, "Chroma.chromaStft(power)", seconds, () -> Chroma.chromaStft(power, SR));
            report(clip, "Spectral.rms(y)", seconds, () -> Spectral.rms(y));
            report(clip, "Spectral.spectralCentroid(S)", seconds, () -> Spectral.spectralCentroid(magnitude, SR));
            report(clip, "Spectral.spectralBandwidth(S)", seconds, () -> Spectral.spectralBandwidth(magnitude, SR));
            report(clip, "Spectral.spectralRolloff(S)", seconds, () -> Spectral.spectralRolloff(magnitude, SR,
                    Spectral.ROLL_PERCENT));
            report(clip, "Spectral.zeroCrossingRate(y)", seconds, () -> Spectral.zeroCrossingRate(y));
            report(clip, "all of the above from one STFT", seconds, () -> allFromOneStft(y));
        }
    }

    /** One STFT, then every feature of this package a pipeline needs (what the paper's feature set takes from it). */
    private static Object allFromOneStft(float[] y) {
        Spectrogram s = Stft.stft(y);
        float[][] magnitude = s.magnitude();
        float[][] power = s.power();
        return new Object[] {Mel.mfcc(Mel.powerToDb(Mel.melspectrogram(power, SR)), Mel.N_MFCC),
            Chroma.chromaStft(power, SR), Spectral.rms(y), Spectral.spectralCentroid(magnitude, SR),
            Spectral.spectralBandwidth(magnitude, SR), Spectral.spectralRolloff(magnitude, SR, Spectral.ROLL_PERCENT),
            Spectral.zeroCrossingRate(y)};
    }
}

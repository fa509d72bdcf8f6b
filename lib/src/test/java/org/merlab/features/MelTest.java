package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Mel} against librosa 0.10.2 ({@code melspectrogram.npy}, {@code power_to_db.npy}, {@code mfcc.npy}) for every
 * reference clip, and against analytic properties of the filterbank and the DCT.
 *
 * <p>Measured maximum errors (the test asserts 1e-4, 1e-3 dB and 1e-3) (mel: |error| / max |reference|; dB and MFCC: absolute):
 * <table>
 * <caption>mel / dB / MFCC conformance</caption>
 * <tr><th>clip</th><th>mel rel</th><th>dB abs</th><th>MFCC abs</th></tr>
 * <tr><td>synth_3s</td><td>8.1e-8</td><td>7.6e-6</td><td>6.1e-5</td></tr>
 * <tr><td>emotify_rock_147_12-15s</td><td>6.6e-8</td><td>3.8e-6</td><td>1.5e-5</td></tr>
 * <tr><td>emotify_rock_147_0-30s</td><td>9.8e-8</td><td>7.6e-6</td><td>1.5e-5</td></tr>
 * <tr><td>emotify_classical_6_0-30s</td><td>7.5e-8</td><td>7.6e-6</td><td>6.1e-5</td></tr>
 * <tr><td>ogg_battle-epic_10-40s</td><td>7.2e-8</td><td>7.6e-6</td><td>3.1e-5</td></tr>
 * <tr><td>4q_Q2_MT0000956340_full</td><td>1.0e-7</td><td>7.6e-6</td><td>3.1e-5</td></tr>
 * </table>
 */
class MelTest {

    static final List<String> CLIPS = Conformance.CLIPS;

    @ParameterizedTest
    @FieldSource("CLIPS")
    void matchesLibrosa(String clip) {
        float[] y = Conformance.signal(clip);
        float[][] mel = Mel.melspectrogram(y, 22050);
        double melErr = Conformance.maxRelativeToMax(Conformance.matrix(clip, "melspectrogram.npy"), mel);
        float[][] db = Mel.powerToDb(mel);
        double dbErr = Conformance.maxAbsError(Conformance.matrix(clip, "power_to_db.npy"), db);
        double mfccErr = Conformance.maxAbsError(Conformance.matrix(clip, "mfcc.npy"), Mel.mfcc(db, 20));
        Conformance.report("melspectrogram", clip, "rel-to-max", melErr);
        Conformance.report("power_to_db", clip, "abs dB", dbErr);
        Conformance.report("mfcc", clip, "abs", mfccErr);
        assertTrue(melErr < 1e-4, "mel " + melErr);
        assertTrue(dbErr < 1e-3, "dB " + dbErr);
        assertTrue(mfccErr < 1e-3, "mfcc " + mfccErr);
    }

    @Test
    void slaneyScaleKnownValues() {
        assertEquals(15.0, Frequencies.hzToMel(1000, false), 1e-12);
        assertEquals(3.0, Frequencies.hzToMel(200, false), 1e-12);
        assertEquals(15.0 + 27.0, Frequencies.hzToMel(6400, false), 1e-12);
        assertEquals(1000.0, Frequencies.hzToMel(1000, true), 0.05);
        for (double hz : new double[] {0, 50, 999, 1000, 4321.5, 11025}) {
            assertEquals(hz, Frequencies.melToHz(Frequencies.hzToMel(hz, false), false), 1e-9);
            assertEquals(hz, Frequencies.melToHz(Frequencies.hzToMel(hz, true), true), 1e-9);
        }
    }

    /** Each unnormalised triangle peaks (value ~1) at the bin nearest its centre frequency f[m+1]. */
    @Test
    void filterPeaksSitAtCentreFrequencies() {
        int nFft = 8192;
        double sr = 22050;
        for (boolean htk : new boolean[] {false, true}) {
            float[][] w = Mel.melFilterbank(sr, nFft, 40, 100, 8000, htk, Mel.Norm.NONE);
            double[] centres = Frequencies.melFrequencies(42, 100, 8000, htk);
            for (int m = 0; m < w.length; m++) {
                int best = 0;
                for (int k = 1; k < w[m].length; k++) {
                    if (w[m][k] > w[m][best]) {
                        best = k;
                    }
                }
                assertEquals(centres[m + 1], best * sr / nFft, sr / nFft, "htk=" + htk + " filter " + m);
                assertTrue(w[m][best] > 0.95 && w[m][best] <= 1f, "peak " + w[m][best]);
            }
        }
    }

    /** Slaney normalisation gives every triangle unit area in Hz, sum_k w[m][k] * sr / nFft ~ 1. */
    @Test
    void slaneyNormGivesUnitArea() {
        int nFft = 16384;
        double sr = 22050;
        float[][] w = Mel.melFilterbank(sr, nFft, 128, 0, sr / 2, false, Mel.Norm.SLANEY);
        for (int m = 0; m < w.length; m++) {
            double area = 0;
            for (float v : w[m]) {
                area += v * sr / nFft;
            }
            assertEquals(1.0, area, 0.01, "filter " + m);
        }
    }

    @Test
    void dctBasisIsOrthonormal() {
        double[][] d = Mel.dctBasis(32, 32);
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 32; j++) {
                double dot = 0;
                for (int n = 0; n < 32; n++) {
                    dot += d[i][n] * d[j][n];
                }
                assertEquals(i == j ? 1.0 : 0.0, dot, 1e-12, i + "," + j);
            }
        }
        // A constant spectrum has energy only in coefficient 0, sqrt(N) times the level.
        float[][] flat = new float[16][1];
        for (float[] row : flat) {
            row[0] = -20f;
        }
        float[][] c = Mel.mfcc(flat, 16);
        assertEquals(-20 * Math.sqrt(16), c[0][0], 1e-4);
        assertEquals(0, c[5][0], 1e-4);
    }

    @Test
    void powerToDbFloorsAtTopDbBelowMax() {
        float[][] s = {{1f, 1e-3f, 1e-12f, 0f}};
        float[][] db = Mel.powerToDb(s);
        assertEquals(0, db[0][0], 1e-6);
        assertEquals(-30, db[0][1], 1e-4);
        assertEquals(-80, db[0][2], 1e-6);
        assertEquals(-80, db[0][3], 1e-6);
        float[][] unclipped = Mel.powerToDb(s, 10.0, 1e-10, Double.POSITIVE_INFINITY);
        assertEquals(-110, unclipped[0][3], 1e-4);
    }

    @Test
    void fewerBandsAreTheSlaneyFilterbankOfThatSizeApplied() {
        float[][] power = Stft.stft(StftTest.noise(22050, 2)).power();
        float[][] mel64 = Mel.melspectrogram(power, 22050, 64);
        float[][] weights = Mel.melFilterbank(22050, 2048, 64, 0, 11025, false, Mel.Norm.SLANEY);
        assertEquals(64, mel64.length);
        for (int m : new int[] {0, 31, 63}) {
            double expected = 0;
            for (int k = 0; k < power.length; k++) {
                expected += (double) weights[m][k] * power[k][5];
            }
            assertEquals(expected, mel64[m][5], 1e-4 * Math.abs(expected) + 1e-12);
        }
        assertThrows(ParameterException.class, () -> Mel.melspectrogram(power, 22050, 0));
    }

    @Test
    void shapesAndParameterErrors() {
        float[] y = StftTest.noise(22050, 1);
        float[][] mel = Mel.melspectrogram(y, 22050);
        assertEquals(128, mel.length);
        assertEquals(1 + 22050 / 512, mel[0].length);
        assertEquals(13, Mel.mfcc(y, 22050, 13).length);
        assertThrows(ParameterException.class, () -> Mel.melFilterbank(22050, 2048, 0, 0, 11025, false, Mel.Norm.SLANEY));
        assertThrows(ParameterException.class, () -> Mel.melFilterbank(0, 2048, 128, 0, 11025, false, Mel.Norm.SLANEY));
        assertThrows(ParameterException.class, () -> Mel.melFilterbank(22050, 2048, 128, 500, 400, false, Mel.Norm.SLANEY));
        assertThrows(ParameterException.class, () -> Mel.powerToDb(mel, 1.0, 0.0, 80));
        assertThrows(ParameterException.class, () -> Mel.powerToDb(mel, 1.0, 1e-10, -1));
        ParameterException e = assertThrows(ParameterException.class, () -> Mel.mfcc(mel, 129));
        assertTrue(e.getMessage().contains("129"), e.getMessage());
        assertThrows(ParameterException.class, () -> Mel.melspectrogram(new float[1][3], 22050));
        assertThrows(ParameterException.class, () -> Mel.powerToDb(new float[][] {new float[2], new float[3]}));
        assertThrows(ParameterException.class, () -> Mel.melspectrogram(new float[][] {new float[2], new float[3]}, 22050));
    }
}

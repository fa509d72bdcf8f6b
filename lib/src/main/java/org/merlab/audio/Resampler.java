package org.merlab.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sample-rate conversion matching {@code librosa.resample(y, orig_sr, target_sr, res_type='soxr_hq')}
 * (libsoxr "HQ": 20-bit precision, linear phase). The low-pass is soxr's HQ design ({@link KaiserLowpass}):
 * pass band to 91.4% of the lower Nyquist frequency ({@link #PASSBAND_END}), stop band from that Nyquist
 * frequency on, attenuated by (20 + 1) * 20 log10(2) = 126.4 dB. The filter's delay is removed, so output sample
 * 0 lies on input sample 0, and the signal is taken as zero outside its ends;
 * {@code y.length = ceil(x.length * srOut / srIn)} as librosa's {@code fix_length} makes it.
 *
 * <p>With {@code L / M = srOut / srIn} in lowest terms, integer decimation by 2 or 3 (e.g. 44100 -> 22050) is
 * filtered by FFT like soxr's single DFT stage, with the same taps; downsampling ratios for which soxr chains a
 * DFT stage and a rational polyphase stage (e.g. 32000 -> 22050 = 441/640, 48000 -> 22050) use that cascade folded
 * into one polyphase prototype ({@link CascadeDesign}). On the librosa fixtures both reproduce soxr to float32
 * precision (RMS 3e-8 and 1.5e-8). Other ratios (upsampling, decimation by 4 or more, 1.5 < ratio < 2, ratios
 * soxr treats as irrational) use one stage (FFT for integer decimation, polyphase otherwise) of soxr's
 * single-stage design: close to soxr, not equal to it.
 */
public final class Resampler {

    /**
     * The version of the samples this resampler produces. Raise it whenever they change (a fix, a dependency upgrade
     * that changes them): it is part of {@link Audio#SIGNATURE}, hence of every feature cache key, so features cached
     * from the old samples are recomputed. {@code AudioTest} pins what each version gives.
     */
    public static final int VERSION = 1;


    /** soxr_quality_spec(SOXR_HQ): precision 20 bits. */
    private static final double PRECISION_BITS = 20;
    /** soxr's stop-band attenuation for a precision: (bits + 1) * 20 log10(2), "+1: pass + stop". */
    static final double ATTENUATION_DB = (PRECISION_BITS + 1) * 20 * Math.log10(2);
    /** soxr's pass-band end: {@code 1 - 0.05 / TO_3dB(rej)}, rej = bits * 20 log10(2), TO_3dB a fitted quadratic. */
    static final double SOXR_PASSBAND_END = passbandEnd(PRECISION_BITS * 20 * Math.log10(2));
    /** The measured difference between the pass-band end the reference behaves as having and soxr's formula. */
    private static final double MEASURED_PASSBAND_OFFSET = 1.159e-4;
    /**
     * The pass-band end used: soxr's formula plus {@value #MEASURED_PASSBAND_OFFSET}. The reference signals (Debian
     * libsoxr 0.1.3, called as python-soxr calls it) are reproduced to float32 precision by this design only with
     * the cut-off 2.898e-5 of the input Nyquist frequency higher than soxr's code gives (0.64 Hz at 44.1 kHz):
     * fitted by least squares on the Emotify rock clip, then confirmed on the independent Ogg and classical clips
     * (RMS difference 7.1e-7 -> 1.8e-8 and 6.1e-8 -> 3.0e-8) and on the 32 kHz clip, which goes through soxr's
     * two-stage plan (RMS 2.9e-6 -> 1.5e-8). Where soxr's build gets it from is not known.
     */
    static final double PASSBAND_END = SOXR_PASSBAND_END + MEASURED_PASSBAND_OFFSET;

    private static final Map<Long, Kernel> KERNELS = new ConcurrentHashMap<>();

    private Resampler() {
    }

    /** A prepared conversion for one rate pair. */
    interface Kernel {
        float[] apply(float[] x, int outLength);
    }

    /**
     * {@code x} sampled at {@code srIn} Hz, resampled to {@code srOut} Hz; a copy when the rates are equal.
     *
     * @throws IllegalArgumentException if a rate is not positive
     */
    public static float[] resample(float[] x, int srIn, int srOut) {
        if (srIn <= 0 || srOut <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got " + srIn + " -> " + srOut);
        }
        if (srIn == srOut) {
            return x.clone();
        }
        int outLength = (int) Math.ceil(x.length * (double) srOut / srIn);
        if (x.length == 0) {
            return new float[0];
        }
        return KERNELS.computeIfAbsent(((long) srIn << 32) | srOut, k -> kernel(srIn, srOut)).apply(x, outLength);
    }

    private static Kernel kernel(int srIn, int srOut) {
        int g = gcd(srIn, srOut);
        int up = srOut / g;
        int down = srIn / g;
        CascadeDesign cascade = CascadeDesign.of(up, down);
        if (cascade != null) {
            return new PolyphaseFilter(cascade.prototype(PASSBAND_END, attenuationDb(up, down)), cascade.up(),
                    cascade.down());
        }
        double band = Math.min(1, (double) up / down);
        double[] taps = KaiserLowpass.design(PASSBAND_END * band, band, attenuationDb(up, down), up);
        return up == 1 ? new FftDecimator(taps, down) : new PolyphaseFilter(taps, up, down);
    }

    /**
     * Stop-band attenuation for {@code L / M}: soxr converts in one stage only when no halving is needed
     * ({@code M < 4 L}) and the reduced ratio is small ({@code max(L, M) < 5} or {@code L M < 6}); otherwise it
     * chains stages and raises each stage's attenuation by 20 log10(2) dB ("att budget" in soxr's {@code cr.c}).
     * Both the cascade and the single-stage fallback use soxr's budget.
     */
    static double attenuationDb(int up, int down) {
        boolean singleStage = down < 4 * up && (Math.max(up, down) < 5 || up * down < 6);
        return singleStage ? ATTENUATION_DB : ATTENUATION_DB + 20 * Math.log10(2);
    }

    private static double passbandEnd(double rejectionDb) {
        double to3dB = (1.6e-6 * rejectionDb - 7.5e-4) * rejectionDb + .646;
        return 1 - .05 / to3dB;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

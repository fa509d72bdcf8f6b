package org.merlab.audio;

/**
 * Linear-phase Kaiser-windowed sinc low-pass design, following libsoxr 0.1.3 {@code filter.c}
 * ({@code lsx_design_lpf}, {@code lsx_kaiser_params}, {@code lsx_kaiser_beta}, {@code lsx_make_lpf}) so the
 * resampler's pass band, transition band and stop band are those of soxr.
 *
 * <p>Frequencies are fractions of the input Nyquist frequency. The transition band [Fp, Fs] is halved around its
 * -6 dB point {@code Fc = Fs - (Fs - Fp) / 2}; with {@code phases} polyphase branches the prototype runs at
 * {@code phases} times the input rate, so Fc and the band width are divided by {@code phases}. Taps:
 * {@code h[i] = scale * sin(pi Fc z) / (pi z) * I0(beta sqrt(1 - (z / (m/2 + rho))^2)) / I0(beta)},
 * {@code z = i - m/2}, {@code m = numTaps - 1}.
 */
final class KaiserLowpass {

    /** soxr's fitted Kaiser beta coefficients for attenuation >= 60 dB, one row per octave of transition width. */
    private static final double[][] BETA_FIT = {
            {-6.784957e-10, 1.02856e-05, 0.1087556, -0.8988365 + .001},
            {-6.897885e-10, 1.027433e-05, 0.10876, -0.8994658 + .002},
            {-1.000683e-09, 1.030092e-05, 0.1087677, -0.9007898 + .003},
            {-3.654474e-10, 1.040631e-05, 0.1087085, -0.8977766 + .006},
            {8.106988e-09, 6.983091e-06, 0.1091387, -0.9172048 + .015},
            {9.519571e-09, 7.272678e-06, 0.1090068, -0.9140768 + .025},
            {-5.626821e-09, 1.342186e-05, 0.1083999, -0.9065452 + .05},
            {-9.965946e-08, 5.073548e-05, 0.1040967, -0.7672778 + .085},
            {1.604808e-07, -5.856462e-05, 0.1185998, -1.34824 + .1},
            {-1.511964e-07, 6.363034e-05, 0.1064627, -0.9876665 + .18},
    };

    private KaiserLowpass() {
    }

    /** soxr's derived parameters: the -6 dB point {@code fc}, half the transition width, and the window beta. */
    private record Band(double fc, double trBw, double beta) {
    }

    private static Band band(double fp, double fs, double attDb, int phases) {
        double trBw = .5 * (fs - fp) / phases;
        double stop = fs / phases;
        trBw = Math.min(trBw, .5 * stop);
        double fc = stop - trBw;
        return new Band(fc, trBw, beta(attDb, trBw * .5 / fc));
    }

    /**
     * soxr's estimate of the length ({@code lsx_kaiser_params} and the rounding in {@code lsx_design_lpf}):
     * {@code phases * k - 1} taps for a polyphase prototype, 1 mod 4 for a single-phase filter.
     */
    static int estimateTaps(double fp, double fs, double attDb, int phases) {
        Band b = band(fp, fs, attDb, phases);
        double taps = ((.0007528358 - 1.577737e-05 * b.beta()) * b.beta() + .6248022) * b.beta() + .06186902;
        int n = (int) Math.ceil(taps / b.trBw() + 1);
        return phases > 1 ? n / phases * phases + phases - 1 : (n + 2) / 4 * 4 + 1;
    }

    /**
     * Taps of a low-pass with pass band to {@code fp}, stop band from {@code fs} (fractions of the input Nyquist)
     * and {@code attDb} stop-band attenuation, of soxr's estimated length made odd, so that the centre tap
     * {@code (n - 1) / 2} is the integer delay the resampler removes. With {@code phases > 1} the filter is a
     * polyphase prototype of gain {@code phases}.
     */
    static double[] design(double fp, double fs, double attDb, int phases) {
        return design(fp, fs, attDb, phases, estimateTaps(fp, fs, attDb, phases) | 1);
    }

    /** As {@link #design(double, double, double, int)} with a given number of taps. */
    static double[] design(double fp, double fs, double attDb, int phases, int taps) {
        Band b = band(fp, fs, attDb, phases);
        double rho = phases == 1 ? .5 : attDb < 120 ? .63 : .75;
        return makeLowpass(taps, b.fc(), b.beta(), rho, phases);
    }

    /** soxr's {@code lsx_kaiser_beta}: window beta for an attenuation and a transition width. */
    static double beta(double attDb, double trBw) {
        if (attDb >= 60) {
            double octave = Math.log(trBw / .0005) / Math.log(2);
            double[] c0 = BETA_FIT[Math.clamp((int) octave, 0, BETA_FIT.length - 1)];
            double[] c1 = BETA_FIT[Math.clamp(1 + (int) octave, 0, BETA_FIT.length - 1)];
            double b0 = ((c0[0] * attDb + c0[1]) * attDb + c0[2]) * attDb + c0[3];
            double b1 = ((c1[0] * attDb + c1[1]) * attDb + c1[2]) * attDb + c1[3];
            return b0 + (b1 - b0) * (octave - (int) octave);
        }
        if (attDb > 50) {
            return .1102 * (attDb - 8.7);
        }
        return attDb > 20.96 ? .58417 * Math.pow(attDb - 20.96, .4) + .07886 * (attDb - 20.96) : 0;
    }

    private static double[] makeLowpass(int n, double fc, double beta, double rho, double scale) {
        int m = n - 1;
        double[] h = new double[n];
        double mult = scale / besselI0(beta);
        double mult1 = 1 / (.5 * m + rho);
        for (int i = 0; i <= m / 2; i++) {
            double z = i - .5 * m;
            double x = z * Math.PI;
            double y = z * mult1;
            double sinc = x != 0 ? Math.sin(fc * x) / x : fc;
            h[i] = sinc * besselI0(beta * Math.sqrt(1 - y * y)) * mult;
            h[m - i] = h[i];
        }
        return h;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges for all x). */
    static double besselI0(double x) {
        double term = 1;
        double sum = 1;
        double q = x * x / 4;
        for (int k = 1; term > sum * 1e-17; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}

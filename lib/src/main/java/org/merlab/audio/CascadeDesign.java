package org.merlab.audio;

/**
 * The two-stage plan libsoxr 0.1.3 ({@code cr.c}, {@code _soxr_init}) uses in HQ mode to downsample by a ratio
 * {@code io = srIn / srOut} in (1, 1.5] or [2, 4) that is not a small fraction, folded into one polyphase prototype:
 * <ol>
 *   <li>a DFT stage that upsamples by {@code preL} (2 if {@code io < 2}, else 1) and low-passes at the output
 *       Nyquist frequency: soxr's Kaiser design with pass band {@code Fp0 / Fn1}, stop band {@code 1 / Fn1},
 *       {@code Fn1 = arbM / arbL}, 1 mod 4 taps, gain {@code preL};</li>
 *   <li>a rational polyphase stage with {@code arbL} phases stepping {@code arbM / arbL} samples of stage 1, whose
 *       filter only rejects images: stop band from {@code Fs = 2 - (Fp1 + 0.7 (Fs1 - Fp1))}, pass band widened so
 *       that it droops no more than 0.01 dB at {@code Fp1} ({@code lsx_inv_f_resp}), {@code numCoefs} taps per
 *       phase (soxr's estimate, made even).</li>
 * </ol>
 * Both stages use soxr's attenuation budget for two stages, 126.4 + 6.0 dB. Upsampling the first stage's taps by
 * {@code arbL} and convolving with the second's gives one prototype on a grid of {@code preL * arbL} points per
 * input sample, applied by {@link PolyphaseFilter} with step {@code arbM}. On the 32 kHz fixture this reproduces
 * librosa's {@code y.npy} to float32 precision (RMS 1.2e-8 over 1.9 s), where a single-stage design is 20 times off.
 */
final class CascadeDesign {

    /** soxr's largest number of phases for which it treats a ratio as rational (HQ mode). */
    private static final int MAX_RATIONAL_PHASES = 2048;
    /** Fewest taps soxr's phase count is raised to when estimating the polyphase filter length. */
    private static final int MIN_ESTIMATE_PHASES = 19;
    /** Pass-band droop soxr allows in its polyphase stage, in dB ({@code rolloffs[SOXR_ROLLOFF_SMALL]}). */
    private static final double ROLLOFF_DB = -0.01;

    private final int preL;
    private final int arbL;
    private final int arbM;

    private CascadeDesign(int preL, int arbL, int arbM) {
        this.preL = preL;
        this.arbL = arbL;
        this.arbM = arbM;
    }

    /** soxr's plan for {@code up / down} (in lowest terms), or null if soxr converts it another way. */
    static CascadeDesign of(int up, int down) {
        boolean smallFraction = Math.max(up, down) < 5 || (long) up * down < 6;
        boolean halvingFirst = down >= 4L * up;
        boolean decimatingFirst = 2L * down > 3L * up && down < 2L * up; // 1.5 < io < 2: soxr's preM branch
        if (down <= up || smallFraction || halvingFirst || decimatingFirst) {
            return null;
        }
        int preL = down < 2 * up ? 2 : 1;
        long num = (long) preL * down;
        long g = gcd(num, up);
        if (up / g > MAX_RATIONAL_PHASES) {
            return null;
        }
        return new CascadeDesign(preL, (int) (up / g), (int) (num / g));
    }

    /** Points of the prototype's grid per input sample: {@code preL * arbL}. */
    int up() {
        return preL * arbL;
    }

    /** Grid points per output sample: {@code arbM}. */
    int down() {
        return arbM;
    }

    /** The combined prototype for pass-band end {@code fp0} and attenuation {@code attDb}, gain {@link #up()}. */
    double[] prototype(double fp0, double attDb) {
        double fn1 = (double) arbM / arbL;
        double[] first = KaiserLowpass.design(fp0 / fn1, 1 / fn1, attDb, 1);
        double fp1 = fp0 / fn1;
        double fs1 = 1 / fn1;
        double fs = 2 - (fp1 + (fs1 - fp1) * .7);
        double fp = fs - (fs - fp1) / (1 - inverseResponse(ROLLOFF_DB, attDb));
        int perPhase = KaiserLowpass.estimateTaps(fp, fs, attDb, Math.max(arbL, MIN_ESTIMATE_PHASES))
                / Math.max(arbL, MIN_ESTIMATE_PHASES) + 1;
        perPhase += perPhase & 1;
        double[] second = KaiserLowpass.design(fp, fs, attDb, arbL, perPhase * arbL - 1);
        double[] total = new double[(first.length - 1) * arbL + second.length];
        for (int i = 0; i < first.length; i++) {
            double a = first[i] * preL;
            int at = i * arbL;
            for (int k = 0; k < second.length; k++) {
                total[at + k] += a * second[k];
            }
        }
        return total;
    }

    /**
     * soxr's {@code lsx_inv_f_resp}: where, as a fraction of the transition band, a Kaiser low-pass of attenuation
     * {@code attDb} has fallen by {@code dropDb}.
     */
    static double inverseResponse(double dropDb, double attDb) {
        double x = ((2.0517e-07 * attDb - 1.1303e-04) * attDb + .023154) * attDb + .55924;
        double drop = Math.exp(dropDb * Math.log(10) * 0.05);
        double s = drop > .5 ? 1 - drop : drop;
        double power = Math.log(.5) / Math.log(Math.sin(x * .5));
        double t = Math.asin(Math.pow(s, 1 / power)) / x;
        return drop > .5 ? t : 1 - t;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

package org.merlab.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.merlab.data.VaPiece;
import org.merlab.data.Vgmidi;
import org.merlab.models.VaLstm;
import org.merlab.models.VaTransformer;
import org.nd4j.linalg.factory.Nd4j;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Training speed of the valence/arousal networks of notebook 07, merlab against PyTorch in one run
 * ({@link EpochBenchmark}): the report's LSTM ({@link VaLstm}, one output per step) and the Transformer encoder
 * ({@link VaTransformer} with {@link VaTransformer.Options#DEFAULT}, the from-scratch setting's network), batch 8,
 * on random inputs and targets of the shapes of one cross-validation fold's inner training part: the VGMIDI pieces'
 * annotated bars ({@code --vgmidi}; only the annotations and MIDI tempo maps are read, nothing is rendered), a seeded
 * sample of {@code --train-share} of the pieces, each cut into windows of at most {@code --window} steps, 128 mel
 * inputs per step. The same window lengths go to the PyTorch side ({@code environment/bench/va_torch.py}), rows are
 * grouped by model. Only the parameter updates are timed.
 */
@Command(name = "va-benchmark", mixinStandardHelpOptions = true,
        description = "Seconds per training epoch of the valence/arousal LSTM and Transformer, merlab and PyTorch.")
public final class VaBenchmark implements Callable<Integer> {

    @Mixin
    EpochBenchmark.Options common = new EpochBenchmark.Options("environment/bench/va_torch.py");

    @Mixin
    EpochBenchmark.Helpers helpers = new EpochBenchmark.Helpers();

    @Option(names = "--vgmidi", description = "VGMIDI folder whose pieces' bars give the sequence lengths"
            + " (default ${DEFAULT-VALUE})")
    Path vgmidi = Path.of("../shared/datasets/vgmidi");

    @Option(names = "--train-share", description = "share of the pieces one fold trains on; default: notebook 07's"
            + " 3 folds with 20% of each training fold held out for early stopping, 2/3 x 0.8")
    double trainShare = 2.0 / 3 * 0.8;

    @Option(names = "--window", description = "steps per window, notebook 07's (default ${DEFAULT-VALUE})")
    int window = 32;

    @Option(names = "--mels", description = "inputs per step, notebook 07's (default ${DEFAULT-VALUE})")
    int mels = 128;

    @Option(names = "--batch", description = "windows per update, the report's (default ${DEFAULT-VALUE})")
    int batch = 8;

    private final EpochBenchmark bench = new EpochBenchmark();

    public static void main(String[] args) {
        System.exit(new CommandLine(new VaBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long seed = common.seed;
        List<VaPiece> pieces = Vgmidi.load(vgmidi).pieces();
        int[] lengths = windowLengths(pieces.stream().mapToInt(VaPiece::steps).toArray(), trainShare, window, seed);
        var rng = new Random(seed);
        float[][][] x = new float[lengths.length][][];
        float[][][] y = new float[lengths.length][][];
        for (int i = 0; i < lengths.length; i++) {
            x[i] = gaussian(rng, lengths[i], mels);
            y[i] = gaussian(rng, lengths[i], 1);
        }
        out.printf(Locale.ROOT, "valence/arousal training benchmark: %d windows of at most %d steps (%d steps in all)"
                        + " from %.0f%% of the %d VGMIDI pieces in %s, random inputs (%d per step) and targets,"
                        + " batch %d, seed %d; one warm-up epoch, then %d interleaved rounds of one epoch per side%n",
                lengths.length, window, IntStream.of(lengths).sum(), 100 * trainShare, pieces.size(), vgmidi, mels,
                batch, seed, common.repeats);
        out.println(EpochBenchmark.machine() + ", " + helpers);
        Nd4j.getEnvironment().allowHelpers(helpers.allowed);
        var examples = Examples.sequences(x, y);
        var contenders = List.of(
                new EpochBenchmark.Contender("va-lstm", VaLstm.build(mels, seed), examples, lengths.length, batch),
                new EpochBenchmark.Contender("va-transformer", VaTransformer.buildRegressor(mels,
                        VaTransformer.Options.DEFAULT, seed), examples, lengths.length, batch));
        bench.race(out, common, List.of("--lengths", EpochBenchmark.commaList(lengths), "--inputs",
                String.valueOf(mels), "--batch", String.valueOf(batch), "--seed", String.valueOf(seed)), contenders,
                helpers.allowed, 1000, "CPU ms");
        return 0;
    }

    /**
     * Window lengths of a seeded sample of {@code share} of the pieces (at least one), each piece of {@code steps}
     * cut into consecutive windows of at most {@code window} steps, as {@code study.va.Windows} cuts them.
     */
    static int[] windowLengths(int[] steps, double share, int window, long seed) {
        if (!(share > 0 && share <= 1) || window < 2) {
            throw new IllegalArgumentException("share must be in (0, 1] and window at least 2, got " + share
                    + " and " + window);
        }
        List<Integer> pieces = new ArrayList<>(IntStream.range(0, steps.length).boxed().toList());
        Collections.shuffle(pieces, new Random(seed));
        int keep = Math.max(1, (int) Math.round(share * steps.length));
        List<Integer> lengths = new ArrayList<>();
        for (int p : pieces.subList(0, keep)) {
            for (int start = 0; start < steps[p]; start += window) {
                lengths.add(Math.min(window, steps[p] - start));
            }
        }
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    private static float[][] gaussian(Random rng, int rows, int columns) {
        float[][] a = new float[rows][columns];
        for (float[] row : a) {
            for (int j = 0; j < columns; j++) {
                row[j] = (float) rng.nextGaussian();
            }
        }
        return a;
    }
}

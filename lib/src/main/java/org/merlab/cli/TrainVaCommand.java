package org.merlab.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.merlab.bundle.BundleException;
import org.merlab.bundle.ModelBundle;
import org.merlab.data.DatasetException;
import org.merlab.notebook.Params;
import org.merlab.study.va.VaBundle;
import org.merlab.study.va.VaModel;
import org.merlab.study.va.VaSource;
import org.merlab.train.Backend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code merlab train va}: the valence/arousal study's LSTM or Transformer (notebook 07) trained into a model bundle
 * that predicts both dimensions per step of audio ({@link VaBundle#train}), on a VGMIDI, DEAM or emoMusic copy.
 */
@Command(name = "va", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class, description = {
        "Train the valence/arousal study's LSTM (or from-scratch Transformer) on VGMIDI, DEAM or emoMusic and write a",
        "bundle that gives valence and arousal per time step of any audio: 128-band log-mel per annotated step (MIDI",
        "rendered first), one held-out game or artist fold scored with 95% intervals on the model card."})
final class TrainVaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelTrainingOptions training;

    @Option(names = "--data", paramLabel = "DIR", description = {"dataset copy with annotations/, of the kind"
            + " --dataset names (default: ROOT/data/raw/vgmidi if present, else the embedded synthetic stand-in)"})
    private String data;

    @Option(names = "--dataset", defaultValue = "vgmidi", description = "what --data holds: vgmidi (midi/ and"
            + " per-bar annotations), deam or emomusic (audio and 2 Hz CSV annotations) (default ${DEFAULT-VALUE})")
    private String dataset;

    @Option(names = "--model", defaultValue = "lstm",
            description = "lstm (the report's LSTM, both dimensions at once) or transformer (from scratch, Adam 5e-4"
                    + " with warm-up) (default ${DEFAULT-VALUE})")
    private String model;

    @Option(names = "--window", defaultValue = "32",
            description = "steps per training window, as in notebook 07 (default ${DEFAULT-VALUE}; 0 = whole pieces)")
    private int window;

    @Override
    public Integer call() {
        VaModel chosen = switch (model) {
            case "lstm" -> VaModel.LSTM_JOINT;
            case "transformer" -> VaModel.TRANSFORMER_SCRATCH;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--model must be lstm or transformer, got '" + model + "'");
        };
        if (data == null && !dataset.equals("vgmidi")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--dataset " + dataset + " needs --data DIR: only VGMIDI has a default copy");
        }
        Params params = training.params();
        VaBundle.Options options;
        try {
            options = new VaBundle.Options(chosen, params.choose(5, 4), params.epochs(10, 2), params.choose(4, 2),
                    window, 128, params.choose(1000, 200), params.seed());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            VaSource source = VaSource.choose(data == null ? Map.of() : Map.of(variable(), data),
                    training.checkout(), params.smoke());
            stdout.println("training on " + Backend.current());
            stdout.println("data: " + source.statement());
            stdout.flush();
            ModelBundle bundle = VaBundle.train(source, options, training.checkout(), err::println);
            bundle.write(training.out);
            bundle.card().limits().forEach(stdout::println);
            stdout.println("wrote " + training.out + " (" + String.join(", ", bundle.labels()) + " per step, "
                    + bundle.describeRecipe() + ")");
            stdout.flush();
            err.flush();
            return 0;
        } catch (IllegalArgumentException | DatasetException | BundleException e) {
            err.println("merlab train va: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The dataset variable that {@code --data} stands for, by {@code --dataset}. */
    private String variable() {
        return switch (dataset) {
            case "vgmidi" -> VaSource.VARIABLE;
            case "deam" -> VaSource.DEAM_VARIABLE;
            case "emomusic" -> VaSource.EMOMUSIC_VARIABLE;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--dataset must be vgmidi, deam or emomusic, got '" + dataset + "'");
        };
    }
}

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
 * that predicts both dimensions per step of audio ({@link VaBundle#train}), on a VGMIDI-layout copy.
 */
@Command(name = "va", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class, description = {
        "Train the valence/arousal study's LSTM (or from-scratch Transformer) on a VGMIDI-layout dataset and write a",
        "bundle that gives valence and arousal per time step of any audio: MIDI rendered, 128-band log-mel per",
        "annotated step, one held-out game fold scored with 95% intervals on the model card."})
final class TrainVaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelTrainingOptions training;

    @Option(names = "--data", paramLabel = "DIR", description = {"VGMIDI copy with midi/ and annotations/ (default:"
            + " ROOT/data/raw/vgmidi if present, else the embedded synthetic stand-in)"})
    private String data;

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
            VaSource source = VaSource.choose(data == null ? Map.of() : Map.of(VaSource.VARIABLE, data),
                    training.checkout(), params.smoke());
            stdout.println("training on " + Backend.current());
            stdout.println("data: " + source.statement());
            stdout.flush();
            ModelBundle bundle = VaBundle.train(source.load(), source.statement(), options, training.checkout(),
                    err::println);
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
}

package org.merlab.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.merlab.bundle.BundleException;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.ModelCard;
import org.merlab.bundle.TextRecipe;
import org.merlab.data.DatasetException;
import org.merlab.eval.ScoreRow;
import org.merlab.notebook.Params;
import org.merlab.study.text.TextBundle;
import org.merlab.study.text.TextCorpusChoice;
import org.merlab.study.text.TextStudyOptions;
import org.merlab.train.Backend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code merlab train text}: the text study's BiLSTM or Transformer (notebook 09) trained into a model bundle
 * ({@link TextBundle#train}), on the dair-ai layout ({@code train.txt}, {@code val.txt}, {@code test.txt}).
 */
@Command(name = "text", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class, description = {
        "Train the text study's BiLSTM (or Transformer) on a dair-ai-layout emotion corpus and write a text model",
        "bundle: vocabulary and maximum length fitted on train.txt, val.txt choosing the epoch, test.txt scored once",
        "with 95% intervals on the model card. 'merlab predict BUNDLE --text ...' applies it."})
final class TrainTextCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelTrainingOptions training;

    @Option(names = "--data", paramLabel = "DIR", description = {"folder with train.txt, val.txt and test.txt"
            + " (default: ROOT/data/raw/text-emotion if fetched by data/fetch-text-emotion, else a GENERATED"
            + " stand-in)"})
    private String data;

    @Option(names = "--architecture", defaultValue = "lstm",
            description = "lstm (the study's BiLSTM) or transformer (default ${DEFAULT-VALUE})")
    private String architecture;

    @Override
    public Integer call() {
        if (!TextRecipe.ARCHITECTURES.contains(architecture)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--architecture must be one of "
                    + TextRecipe.ARCHITECTURES + ", got '" + architecture + "'");
        }
        Params params = training.params();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            TextCorpusChoice choice = TextCorpusChoice.choose(data == null ? Map.of()
                    : Map.of(TextCorpusChoice.ENV, data), training.checkout(), params.smoke());
            stdout.println("training on " + Backend.current());
            stdout.println(choice.describe());
            stdout.flush();
            ModelBundle bundle = TextBundle.train(choice, TextStudyOptions.from(params), architecture,
                    stats -> err.println(stats.line()));
            bundle.write(training.out);
            for (ModelCard.Scores scores : bundle.card().evaluations()) {
                stdout.println(scores.name() + ":");
                scores.rows().stream().map(ScoreRow::toString).forEach(line -> stdout.println("  " + line));
            }
            stdout.println("wrote " + training.out + " (" + bundle.labels().size() + " labels, "
                    + bundle.describeRecipe() + ")");
            stdout.flush();
            err.flush();
            return 0;
        } catch (IllegalArgumentException | DatasetException | BundleException e) {
            // IllegalArgumentException covers a --data that is no folder and TextException (a text it cannot encode)
            err.println("merlab train text: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}

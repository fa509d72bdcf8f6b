package org.merlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.merlab.bundle.BundleException;
import org.merlab.bundle.ModelCard;
import org.merlab.data.DatasetException;
import org.merlab.data.FeatureTables;
import org.merlab.eval.ScoreRow;
import org.merlab.features.FixedSegments;
import org.merlab.features.ParameterException;
import org.merlab.notebook.Params;
import org.merlab.prep.PrepException;
import org.merlab.study.BundleOptions;
import org.merlab.study.PaperBundle;
import org.merlab.study.StudyData;
import org.merlab.study.StudyException;
import org.merlab.study.StudyOptions;
import org.merlab.train.Backend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code merlab train}: the paper's CNN-LSTM trained on an Emotify-layout dataset into a model bundle, through the
 * study's own steps ({@link PaperBundle#train}: honest track split, SMOTE on training only, scaler from training),
 * with one epoch line per epoch on stderr. The data options mean what they mean for {@code merlab reproduce}. Its
 * subcommands train the other studies' models: {@code text} ({@link TrainTextCommand}), {@code va}
 * ({@link TrainVaCommand}).
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class, description = {
        "Train the CNN-LSTM paper model on an Emotify-layout dataset and write a model bundle for 'merlab predict':",
        "tracks cut into segments of --segment-seconds, the paper's 28 features, the honest protocol (70/15/15 split",
        "by track, SMOTE on training only, scaler from training), the held-out tracks' scores on the model card.",
        "'merlab train text' and 'merlab train va' train the text and valence/arousal studies' models instead."},
        subcommands = {TrainTextCommand.class, TrainVaCommand.class})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyDataOptions study;

    // Not required = true: picocli would then demand it of 'train text' and 'train va' too, which have their own.
    @Option(names = "--out", paramLabel = "BUNDLE",
            description = "bundle to write (required): a directory, or a zip file if the name ends in .zip")
    private Path out;

    @Option(names = "--segment-seconds", paramLabel = "S", defaultValue = "3",
            description = "segment length in seconds, fixed into the bundle (default ${DEFAULT-VALUE}: the paper's"
                    + " N = 20 of a one-minute excerpt)")
    private double segmentSeconds;

    @Option(names = "--hop-seconds", paramLabel = "S",
            description = "distance between segment starts (default: the segment length, no overlap)")
    private Double hopSeconds;

    @Option(names = "--cv", paramLabel = "FOLDS", arity = "0..1", fallbackValue = "" + StudyOptions.FULL_FOLDS,
            description = "also cross-validate honestly with FOLDS folds (default " + StudyOptions.FULL_FOLDS
                    + ") for the card's metrics; trains FOLDS more networks")
    private Integer folds;

    @Override
    public Integer call() {
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option:"
                    + " '--out=BUNDLE'");
        }
        Path checkout = study.checkout();
        Params params = study.params(null, null);
        FixedSegments segments;
        try {
            segments = new FixedSegments(segmentSeconds, hopSeconds == null ? segmentSeconds : hopSeconds);
        } catch (ParameterException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--segment-seconds/--hop-seconds: "
                    + e.getMessage(), e);
        }
        BundleOptions options = BundleOptions.paper(segments, params.seed(),
                params.epochs(StudyOptions.FULL_EPOCHS, StudyOptions.SMOKE_EPOCHS)).withFolds(folds == null ? 0 : folds);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StudyData data = StudyData.load(params);
            stdout.println("training on " + Backend.current());
            stdout.println(data.dataset().summary() + ", fingerprint " + data.fingerprint());
            stdout.flush();
            PaperBundle.Trained trained = PaperBundle.train(data, options,
                    checkout.resolve(FeatureTables.DEFAULT_CACHE), Runtime.getRuntime().availableProcessors(),
                    stats -> { });
            trained.table().skipped().forEach(s -> err.println("skipped " + s.file() + ": " + s.reason()));
            trained.bundle().write(out);
            for (ModelCard.Scores scores : trained.bundle().card().evaluations()) {
                stdout.println(scores.name() + ":");
                scores.rows().stream().map(ScoreRow::toString).forEach(line -> stdout.println("  " + line));
            }
            stdout.println("wrote " + out + " (" + trained.bundle().labels().size() + " labels, "
                    + trained.bundle().describeRecipe() + ")");
            stdout.flush();
            err.flush();
            return 0;
        } catch (StudyException | DatasetException | PrepException | BundleException e) {
            err.println("merlab train: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}

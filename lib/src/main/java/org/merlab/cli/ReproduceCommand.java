package org.merlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.merlab.notebook.Params;
import org.merlab.prep.Protocol;
import org.merlab.study.Reproduction;
import org.merlab.study.StudyOptions;
import org.merlab.study.StudyTables;
import org.merlab.train.Backend;
import org.merlab.train.BatchNormStatistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * {@code merlab reproduce}: the CNN-LSTM paper study (both protocols, N = 10 and 20) without Jupyter, the same
 * pipeline as notebook {@code 10-reproduce-paper}. The options map onto the notebook parameters
 * ({@code --data} is {@code MERLAB_DATA}, {@code --seed} {@code MERLAB_SEED}, ...), so both write the same reports.
 */
@Command(name = "reproduce", description = {
        "Reproduce Yakovyna & Korniienko (2023)'s CNN-LSTM study as published and with an honest track split,",
        "at 10 and 20 segments per track, and write every table and figure under REPORTS/<dataset>/."})
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StudyDataOptions study;

    @Option(names = "--folds", description = "folds of the cross-validated evaluation beside the single split"
            + " (default 5, 0 with --smoke; 0 = the single paper-shaped split only)")
    private Integer folds;

    @Option(names = "--segments", split = ",", paramLabel = "N",
            description = "segmentations to run, e.g. 10 or 10,20 (default the paper's 10,20)")
    private List<Integer> segments;

    @Option(names = "--protocols", split = ",", paramLabel = "PROTOCOL", description = "protocols to run, of"
            + " ${COMPLETION-CANDIDATES} (default both; the honest one is also cross-validated)")
    private List<Protocol> protocols;

    @Option(names = "--patience", paramLabel = "EPOCHS", description = "stop training after this many epochs without a"
            + " lower validation loss (default 15, the best epoch's weights are kept)")
    private Integer patience;

    @Option(names = "--batch-norm", paramLabel = "STATISTICS", description = "batch-norm inference statistics:"
            + " ${COMPLETION-CANDIDATES} (default RECOMPUTED; MOVING_AVERAGE is Keras' behaviour, see"
            + " BatchNormStatistics)")
    private BatchNormStatistics batchNorm;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "reports root, as MERLAB_REPORTS (default: ROOT/reports)")
    private Path reports;

    @Override
    public Integer call() {
        Path checkout = study.checkout();
        Params params = params(checkout);
        PrintWriter out = spec.commandLine().getOut();
        out.println("dataset " + params.data().describe());
        out.println("training on " + Backend.current());
        out.flush();
        StudyOptions options = options(params);
        Reproduction reproduction = Reproduction.run(params, options);
        out.println(reproduction.data().dataset().summary() + ", fingerprint " + reproduction.data().fingerprint());
        reproduction.result().runs().forEach(out::println);
        out.println(StudyTables.accuracy(reproduction.result()).print());
        if (!reproduction.result().cv().isEmpty()) {
            Table scores = StudyTables.cvScores(reproduction.result());
            out.println(scores.where(scores.stringColumn("level").isEqualTo("track")).selectColumns("segments",
                    "protocol", "model", "rows", "accuracy", "accuracyLow", "accuracyHigh", "macroF1").print(100));
        }
        out.println("wrote " + reproduction.written().size() + " files under "
                + params.reports().resolve(params.dataset()));
        out.flush();
        return 0;
    }

    /** The study the options ask for: the notebook's ({@link StudyOptions#from}) with this command's changes. */
    StudyOptions options(Params params) {
        StudyOptions options = StudyOptions.from(params);
        if (batchNorm != null) {
            options = options.withTraining(options.training().withBatchNorm(batchNorm));
        }
        if (patience != null) {
            if (patience < 1) {
                throw new ParameterException(spec.commandLine(), "--patience must be an integer >= 1, got '" + patience
                        + "'");
            }
            options = options.withTraining(options.training().withEarlyStoppingPatience(patience));
        }
        if (protocols != null) {
            options = options.withProtocols(protocols);
        }
        if (segments != null) {
            options = options.withSegmentCounts(segments);
        }
        return options;
    }

    /** The options as the notebook parameters they stand for; a bad value is a usage error naming it. */
    Params params(Path checkout) {
        return study.params(reports == null ? checkout.resolve("reports") : reports, folds);
    }
}

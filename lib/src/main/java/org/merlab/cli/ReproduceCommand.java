package org.merlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.merlab.data.DatasetSource;
import org.merlab.notebook.Params;
import org.merlab.study.Reproduction;
import org.merlab.study.StudyOptions;
import org.merlab.study.StudyTables;
import org.merlab.train.Backend;
import org.merlab.train.BatchNormStatistics;

import picocli.CommandLine.Command;
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

    @Option(names = "--data", paramLabel = "DIR",
            description = {"Emotify-layout dataset directory, or 'embedded' for the synthetic corpus (default: "
                    + "ROOT/data/raw/emotify if fetched, else the embedded synthetic corpus)"})
    private String data;

    @Option(names = "--seed", description = "the seed of every random choice (default 42)")
    private Long seed;

    @Option(names = "--epochs", description = "most training epochs (default 60, early stopping may end sooner; 2 with --smoke)")
    private Integer epochs;

    @Option(names = "--limit", description = "use at most this many tracks, spread over the dataset (default all; 36 of a real dataset with --smoke)")
    private Integer limit;

    @Option(names = "--max-skipped", paramLabel = "PERCENT",
            description = "fail when more than PERCENT % of the tracks cannot be decoded or cut into segments (default 2)")
    private String maxSkipped;

    @Option(names = "--smoke", description = "tiny data and epochs: checks the pipeline in about a minute")
    private boolean smoke;

    @Option(names = "--folds", description = "folds of the cross-validated evaluation beside the single split"
            + " (default 5, 0 with --smoke; 0 = the single paper-shaped split only)")
    private Integer folds;

    @Option(names = "--segments", split = ",", paramLabel = "N",
            description = "segmentations to run, e.g. 10 or 10,20 (default the paper's 10,20)")
    private List<Integer> segments;

    @Option(names = "--batch-norm", paramLabel = "STATISTICS", description = "batch-norm inference statistics:"
            + " ${COMPLETION-CANDIDATES} (default RECOMPUTED; MOVING_AVERAGE is Keras' behaviour, see"
            + " BatchNormStatistics)")
    private BatchNormStatistics batchNorm;

    @Option(names = "--root", paramLabel = "DIR",
            description = "merlab checkout holding data/ and reports/ (default: the one the working directory is in)")
    private Path root;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "reports root, as MERLAB_REPORTS (default: ROOT/reports)")
    private Path reports;

    @Override
    public Integer call() {
        Path checkout = (root == null ? Params.repoRoot() : root).toAbsolutePath().normalize();
        Params params = params(checkout);
        PrintWriter out = spec.commandLine().getOut();
        out.println("dataset " + params.data().describe());
        out.println("training on " + Backend.current());
        out.flush();
        StudyOptions options = StudyOptions.from(params);
        if (batchNorm != null) {
            options = options.withTraining(options.training().withBatchNorm(batchNorm));
        }
        if (segments != null) {
            options = options.withSegmentCounts(segments);
        }
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

    /** The options as the notebook parameters they stand for; a bad value is a usage error naming it. */
    Params params(Path checkout) {
        Map<String, String> env = new LinkedHashMap<>();
        put(env, "MERLAB_REPORTS", reports == null ? checkout.resolve("reports") : reports);
        put(env, "MERLAB_DATA", data);
        put(env, "MERLAB_SEED", seed);
        put(env, "MERLAB_EPOCHS", epochs);
        put(env, "MERLAB_FOLDS", folds);
        put(env, "MERLAB_LIMIT", limit);
        put(env, "MERLAB_MAX_SKIPPED", maxSkipped);
        // Where data/fetch-* put their downloads, when not ROOT/data/raw (the fetch scripts read it too).
        put(env, DatasetSource.RAW_VARIABLE, System.getenv(DatasetSource.RAW_VARIABLE));
        env.put("MERLAB_SMOKE", smoke ? "1" : "0");
        try {
            return Params.from(env, checkout);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    .replace("MERLAB_DATA", "--data").replace("MERLAB_SEED", "--seed")
                    .replace("MERLAB_EPOCHS", "--epochs").replace("MERLAB_FOLDS", "--folds")
                    .replace("MERLAB_LIMIT", "--limit")
                    .replace("MERLAB_MAX_SKIPPED", "--max-skipped"), e);
        }
    }

    private static void put(Map<String, String> env, String variable, Object value) {
        if (value != null) {
            env.put(variable, value.toString());
        }
    }
}

package org.merlab.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.merlab.eval.ResultStore;
import org.merlab.notebook.Params;
import org.merlab.prep.Samples;
import org.merlab.report.GitCommit;
import org.merlab.report.Provenance;

/**
 * The whole paper study in one call, as notebook {@code 10-reproduce-paper} and {@code merlab reproduce} run it:
 * load the dataset named by the parameters ({@link StudyData#load}), build the N=10 and N=20 feature tables
 * through the feature cache, run {@link PaperStudy} with {@link StudyOptions#from} and write every table and figure
 * ({@link StudyReport}) under {@code params.reports()/<dataset>/}.
 *
 * @param data    what was loaded
 * @param result  the study's numbers
 * @param written every report file written
 */
public record Reproduction(StudyData data, StudyResult result, List<Path> written) {

    public Reproduction {
        written = List.copyOf(written);
    }

    /** Where finished cross-validation folds are kept, so a stopped run resumes; git-ignored like every cache. */
    public static final String RESULTS = "data/processed/results";

    /**
     * The result store of this checkout's commit and dataset, or none outside a git checkout, where a stored fold
     * could not be told from one computed by other code.
     */
    static Optional<ResultStore> resultStore(Path root, Provenance provenance) {
        return GitCommit.of(root).map(commit -> ResultStore.open(root.resolve(RESULTS), commit,
                provenance.datasetFingerprint()));
    }

    /**
     * Runs everything.
     *
     * @param root the repository root: {@code data/embedded} and {@code data/processed} live under it
     */
    public static Reproduction run(Params params, Path root) {
        StudyData data = StudyData.load(params, root);
        StudyOptions options = StudyOptions.from(params);
        // Captured before the long run, so the recorded commit is the code that ran, not one made meanwhile.
        Provenance provenance = params.provenance(data.fingerprint());
        Map<Integer, Samples> tables = data.segmentTables(options.segmentCounts(), root);
        StudyResult result = PaperStudy.run(tables, options, resultStore(root, provenance));
        List<Path> written = StudyReport.write(result, params.reports(), provenance);
        return new Reproduction(data, result, written);
    }
}

package org.merlab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.merlab.eval.ResultStore;
import org.merlab.notebook.Params;
import org.merlab.report.GitCommit;
import org.merlab.report.Provenance;

/**
 * The whole paper study in one call, as notebook {@code 10-reproduce-paper} and {@code merlab reproduce} run it:
 * load the dataset named by the parameters ({@link StudyData#load}), build the N=10 and N=20 feature tables
 * through the feature cache, run {@link PaperStudy} with {@link StudyOptions#from} and write every table and figure
 * ({@link StudyReport}), and the skipped tracks, under {@code params.reports()/<dataset>/}; every provenance names
 * the skipped tracks.
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
    public static Optional<ResultStore> resultStore(Path root, Provenance provenance) {
        return GitCommit.of(root).map(commit -> ResultStore.open(root.resolve(RESULTS), commit,
                provenance.datasetFingerprint()));
    }

    /** Runs everything, in the checkout of {@code params} ({@link Params#root()}: its feature cache and reports). */
    public static Reproduction run(Params params) {
        return run(params, StudyOptions.from(params));
    }

    /** {@link #run(Params)} with other study options than {@link StudyOptions#from} the parameters. */
    public static Reproduction run(Params params, StudyOptions options) {
        StudyData data = StudyData.load(params);
        // Captured before the long run, so the recorded commit is the code that ran, not one made meanwhile.
        Provenance provenance = params.provenance(data.fingerprint());
        SegmentTables tables = data.segmentTables(options.segmentCounts(), params.root());
        Provenance base = tables.withSkipped(provenance);
        StudyResult result = PaperStudy.run(tables.byN(), options, resultStore(params.root(), provenance));
        List<Path> written = new ArrayList<>(StudyReport.write(result, params.reports(), base));
        written.addAll(StudyReport.writeSkipped(tables, params.reports(), base));
        return new Reproduction(data, result, written);
    }
}

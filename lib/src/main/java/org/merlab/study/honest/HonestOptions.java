package org.merlab.study.honest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.merlab.baselines.Baseline;
import org.merlab.baselines.SharesRegression;
import org.merlab.notebook.Params;
import org.merlab.study.StudyException;
import org.merlab.study.StudyOptions;

/**
 * Settings of a {@link HonestStudy}; validates itself.
 *
 * @param segmentCounts      segmentations to run, N
 * @param folds              grouped folds of the honest protocol, at least 2
 * @param seed               folds, SMOTE, models and bootstrap all take it
 * @param bootstrapResamples resamples behind every interval and paired test, at least 1
 * @param classifiers        Smile models fitted on the rich features (the 28-feature forest always runs)
 * @param regressors         regressions of the nine GEMS shares on the rich features
 */
public record HonestOptions(List<Integer> segmentCounts, int folds, long seed, int bootstrapResamples,
                            List<Baseline> classifiers, List<SharesRegression.Model> regressors) {

    /** Folds of a full run, as the paper study's cross-validation, and of a smoke run. */
    public static final int FULL_FOLDS = 5;
    public static final int SMOKE_FOLDS = 2;

    public HonestOptions {
        segmentCounts = List.copyOf(segmentCounts);
        classifiers = List.copyOf(classifiers);
        regressors = List.copyOf(regressors);
        if (segmentCounts.isEmpty() || segmentCounts.stream().anyMatch(n -> n < 1)) {
            throw new StudyException("segment counts must be positive, got " + segmentCounts);
        }
        if (folds < 2) {
            throw new StudyException("the honest study needs at least 2 folds, got " + folds);
        }
        if (bootstrapResamples < 1) {
            throw new StudyException("bootstrap resamples must be at least 1, got " + bootstrapResamples);
        }
    }

    /**
     * A full run: N = 10 and 20, {@value #FULL_FOLDS} folds ({@code MERLAB_FOLDS}), the random forest, RBF SVM,
     * logistic regression and kNN on rich features (gradient boosting left out: 200 rounds per class per fold cost
     * more than all the others together), both share regressions. Smoke: N = 10, {@value #SMOKE_FOLDS} folds, the
     * forest and logistic regression, ridge only.
     */
    public static HonestOptions from(Params p) {
        return new HonestOptions(p.choose(StudyOptions.PAPER_SEGMENTS, List.of(10)),
                p.folds(FULL_FOLDS, SMOKE_FOLDS), p.seed(), StudyOptions.BOOTSTRAP_RESAMPLES,
                p.choose(List.of(Baseline.RANDOM_FOREST, Baseline.SVM_RBF, Baseline.LOGISTIC_REGRESSION, Baseline.KNN),
                        List.of(Baseline.RANDOM_FOREST, Baseline.LOGISTIC_REGRESSION)),
                p.choose(List.of(SharesRegression.Model.values()), List.of(SharesRegression.Model.RIDGE)));
    }

    /** For provenance and the notebook: every setting as text. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("segmentCounts", segmentCounts.toString());
        out.put("folds", Integer.toString(folds));
        out.put("seed", Long.toString(seed));
        out.put("bootstrapResamples", Integer.toString(bootstrapResamples));
        out.put("classifiers", classifiers.toString());
        out.put("regressors", regressors.toString());
        return out;
    }
}

package org.merlab.eval;

import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One model's cross-validation in a study: what {@link CrossValidation#run} fits, and the part of every fold's
 * {@link UnitKey} the caller knows (the fold set adds protocol, fold and its own options).
 *
 * @param study      study name, e.g. {@code paper}
 * @param segments   N, segments per track of the table
 * @param model      model name, e.g. {@code RANDOM_FOREST}
 * @param seed       the model's seed
 * @param parameters the model's hyper-parameters and anything else its result depends on (epochs, batch size...)
 */
public record CvUnit(String study, int segments, String model, long seed, Map<String, String> parameters) {

    private static final String FOLD_PREFIX = "cv.";

    public CvUnit {
        UnitKey.requireFileName("study", study);
        UnitKey.requireFileName("model", model);
        for (String name : parameters.keySet()) {
            if (name.startsWith(FOLD_PREFIX)) {
                throw new EvalException("parameter '" + name + "' is reserved: '" + FOLD_PREFIX
                        + "' names the fold set's options");
            }
        }
        parameters = Map.copyOf(parameters);
    }

    /**
     * The key of fold {@code fold} of {@code folds}: this unit's parameters plus the fold set's ({@code cv.folds},
     * {@code cv.innerValidation}, {@code cv.smoteK}, {@code cv.grouping}, {@code cv.seed}).
     */
    public UnitKey key(FoldSet folds, int fold) {
        FoldOptions options = folds.options();
        Map<String, String> all = new TreeMap<>(parameters);
        all.put(FOLD_PREFIX + "folds", Integer.toString(folds.size()));
        all.put(FOLD_PREFIX + "innerValidation", Double.toString(options.innerValidation()));
        all.put(FOLD_PREFIX + "smoteK", Integer.toString(options.smoteK()));
        all.put(FOLD_PREFIX + "grouping", options.grouping().name());
        all.put(FOLD_PREFIX + "seed", Long.toString(folds.seed()));
        return new UnitKey(study, segments, folds.protocol().name().toLowerCase(Locale.ROOT), fold, seed, model, all);
    }
}

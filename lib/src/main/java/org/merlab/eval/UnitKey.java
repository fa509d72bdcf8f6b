package org.merlab.eval;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One finished unit of a cross-validated study: one model fitted on one fold. Together with the store's git commit
 * and data fingerprint it decides whether a stored result may stand in for fitting again.
 *
 * @param study      study name, e.g. {@code paper}; part of a file path
 * @param segments   N, segments per track of the table
 * @param protocol   lowercase protocol name, e.g. {@code honest}; part of a file name
 * @param fold       fold index
 * @param seed       the model's seed as the caller gave it (each fold's own is derived from it)
 * @param model      model name, e.g. {@code CNN_LSTM}; part of a file path
 * @param parameters everything else the result depends on (hyper-parameters, fold options), sorted by name
 */
public record UnitKey(String study, int segments, String protocol, int fold, long seed, String model,
                      Map<String, String> parameters) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    public UnitKey {
        requireFileName("study", study);
        requireFileName("protocol", protocol);
        requireFileName("model", model);
        if (segments < 0 || fold < 0) {
            throw new EvalException("segments and fold must be >= 0, got " + segments + " and " + fold);
        }
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    static void requireFileName(String what, String value) {
        if (value == null || !FILE_NAME.matcher(value).matches()) {
            throw new EvalException(what + " '" + value + "' must be letters, digits, '.', '_' or '-' (it names a "
                    + "file), not starting with '.'");
        }
    }
}

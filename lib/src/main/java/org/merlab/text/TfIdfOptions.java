package org.merlab.text;

/**
 * Settings of a {@link TfIdf} vectoriser, as scikit-learn's {@code TfidfVectorizer} names them.
 *
 * @param wordMinN    shortest word n-gram ({@code ngram_range[0]} of {@code analyzer="word"}); 0 with
 *                    {@code wordMaxN} 0 turns word features off
 * @param wordMaxN    longest word n-gram
 * @param charMinN    shortest character n-gram within word boundaries ({@code analyzer="char_wb"}: each word padded
 *                    with one space either side); 0 with {@code charMaxN} 0 turns them off
 * @param charMaxN    longest character n-gram
 * @param minDf       a term must occur in at least this many training texts ({@code min_df})
 * @param sublinearTf {@code 1 + ln(tf)} instead of the raw count ({@code sublinear_tf})
 */
public record TfIdfOptions(int wordMinN, int wordMaxN, int charMinN, int charMaxN, int minDf, boolean sublinearTf) {

    /** Words 1-2, characters 2-5, min_df 2, sublinear tf: a strong linear-model setting for short texts. */
    public static final TfIdfOptions DEFAULT = new TfIdfOptions(1, 2, 2, 5, 2, true);

    public TfIdfOptions {
        checkRange("word", wordMinN, wordMaxN);
        checkRange("char", charMinN, charMaxN);
        if (wordMaxN == 0 && charMaxN == 0) {
            throw new TextException("TF-IDF needs word or character n-grams, both ranges are off");
        }
        if (minDf < 1) {
            throw new TextException("minDf must be at least 1, got " + minDf);
        }
    }

    private static void checkRange(String what, int min, int max) {
        boolean off = min == 0 && max == 0;
        if (!off && (min < 1 || max < min)) {
            throw new TextException(what + " n-gram range must be 1 <= min <= max (or 0, 0 for none), got " + min
                    + ".." + max);
        }
    }
}

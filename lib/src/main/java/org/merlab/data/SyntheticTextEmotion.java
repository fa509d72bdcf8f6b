package org.merlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small generated stand-in for the dair-ai "emotion" corpus, for running the text study offline when the corpus is
 * absent: lower-case "tweets" of common filler words with one or two cue words of their emotion, with the corpus's
 * label shares (joy 33%, surprise 4%), some cues of a related emotion mixed in (joy with love, fear with surprise,
 * sadness with anger) and 5% of the labels replaced by a random one, so the task is learnable but not trivial.
 * Nothing here is real text; results on it say only that the pipeline runs.
 *
 * @param train texts in the training split
 * @param val   in the validation split
 * @param test  in the test split
 * @param seed  the generator's seed
 */
public record SyntheticTextEmotion(int train, int val, int test, long seed) {

    /** The size {@code make reproduce} uses offline: quick to train, big enough for every figure. */
    public static final SyntheticTextEmotion DEFAULT = new SyntheticTextEmotion(2400, 400, 400, 42);
    /** The smoke-test size. */
    public static final SyntheticTextEmotion SMOKE = new SyntheticTextEmotion(400, 80, 150, 42);

    /** Label shares of the real training split, in {@link TextEmotion} order. */
    private static final double[] SHARES = {0.292, 0.335, 0.081, 0.135, 0.121, 0.036};
    private static final String[][] CUES = {
        {"sad", "lonely", "crying", "miserable", "hopeless", "heartbroken", "gloomy", "depressed", "hurt", "empty"},
        {"happy", "glad", "excited", "cheerful", "delighted", "joyful", "great", "amazing", "thrilled", "proud"},
        {"loving", "adore", "caring", "sweet", "tender", "romantic", "devoted", "passionate", "fond", "beloved"},
        {"angry", "furious", "annoyed", "irritated", "mad", "bitter", "hateful", "outraged", "resentful", "rude"},
        {"scared", "afraid", "nervous", "anxious", "terrified", "worried", "frightened", "uneasy", "panicked",
            "shaky"},
        {"surprised", "amazed", "shocked", "astonished", "stunned", "startled", "curious", "unexpected", "wow",
            "speechless"}};
    /** The emotion whose cues leak into each emotion's texts. */
    private static final int[] RELATED = {3, 2, 1, 0, 5, 4};
    private static final String[] FILLER = ("i feel feeling am was so really just like when that the a it this my "
            + "me to and of in at today now still very little bit about after work home day night people "
            + "everyone friend family always never know think want going been have had with for because "
            + "again lot time week morning life thing things back more than").split(" ");

    public SyntheticTextEmotion {
        // TextEmotion, not SHARES: the constants above are built before the static arrays exist
        if (train < TextEmotion.values().length || val < 1 || test < 1) {
            throw new IllegalArgumentException("stand-in splits need at least " + TextEmotion.values().length
                    + " training texts and one validation and test text, got " + train + "/" + val + "/" + test);
        }
    }

    /** The three splits, line numbers from 1 in each; the first six training texts cover every emotion. */
    public TextEmotionCorpus generate() {
        SplittableRandom rng = new SplittableRandom(seed);
        return new TextEmotionCorpus(split(train, rng, true), split(val, rng, false), split(test, rng, false));
    }

    private static List<TextExample> split(int n, SplittableRandom rng, boolean coverAll) {
        List<TextExample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int label = coverAll && i < SHARES.length ? i : draw(rng);
            out.add(new TextExample(i + 1, text(label, rng), TextEmotion.values()[label]));
        }
        return out;
    }

    private static String text(int label, SplittableRandom rng) {
        List<String> words = new ArrayList<>();
        // about 12 words on average, at most 40: short enough that the sequence models train fast offline
        int length = 3 + rng.nextInt(4) + (int) Math.round(-5 * Math.log(1 - rng.nextDouble()));
        for (int i = 0; i < Math.min(length, 40); i++) {
            words.add(FILLER[rng.nextInt(FILLER.length)]);
        }
        int cues = 1 + rng.nextInt(2);
        for (int c = 0; c < cues; c++) {
            words.add(rng.nextInt(words.size() + 1), cue(label, rng));
        }
        if (rng.nextDouble() < 0.3) {
            words.add(rng.nextInt(words.size() + 1), cue(RELATED[label], rng));
        }
        return String.join(" ", words);
    }

    private static String cue(int label, SplittableRandom rng) {
        return CUES[label][rng.nextInt(CUES[label].length)];
    }

    /** A label by the corpus's shares, replaced by a uniform one 5% of the time. */
    private static int draw(SplittableRandom rng) {
        if (rng.nextDouble() < 0.05) {
            return rng.nextInt(SHARES.length);
        }
        double u = rng.nextDouble();
        for (int c = 0; c < SHARES.length - 1; c++) {
            u -= SHARES[c];
            if (u < 0) {
                return c;
            }
        }
        return SHARES.length - 1;
    }
}

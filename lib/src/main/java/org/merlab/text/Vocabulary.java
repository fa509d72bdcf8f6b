package org.merlab.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word ids counted on the training texts only: id {@value #PAD} is padding ({@value #PAD_TOKEN}), id {@value #OOV}
 * every word outside the vocabulary ({@value #OOV_TOKEN}), then the words seen at least {@code minCount} times, most
 * frequent first (ties alphabetical, so the ids do not depend on the order texts came in).
 */
public final class Vocabulary {

    /** Padding id: positions past a text's end, masked out by the models. */
    public static final int PAD = 0;
    /** Out-of-vocabulary id. */
    public static final int OOV = 1;
    public static final String PAD_TOKEN = "<pad>";
    public static final String OOV_TOKEN = "<unk>";

    private final List<String> words;
    private final long[] counts;
    private final Map<String, Integer> ids;
    private final int minCount;

    private Vocabulary(List<String> words, long[] counts, int minCount) {
        if (words.size() < 2 || !PAD_TOKEN.equals(words.get(PAD)) || !OOV_TOKEN.equals(words.get(OOV))) {
            throw new TextException("a vocabulary starts with " + PAD_TOKEN + " and " + OOV_TOKEN + ", got "
                    + words.subList(0, Math.min(2, words.size())));
        }
        if (counts.length != words.size()) {
            throw new TextException("vocabulary has " + words.size() + " words but " + counts.length + " counts");
        }
        this.words = List.copyOf(words);
        this.counts = counts.clone();
        this.minCount = minCount;
        this.ids = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            if (ids.put(words.get(i), i) != null) {
                throw new TextException("vocabulary lists the word '" + words.get(i) + "' twice");
            }
        }
    }

    /**
     * Counts the words of the training texts' token lists and keeps those seen at least {@code minCount} times.
     *
     * @throws TextException if {@code minCount < 1}
     */
    public static Vocabulary build(Collection<List<String>> trainingTokens, int minCount) {
        if (minCount < 1) {
            throw new TextException("minCount must be at least 1, got " + minCount);
        }
        Map<String, Long> tally = new HashMap<>();
        for (List<String> tokens : trainingTokens) {
            for (String w : tokens) {
                tally.merge(w, 1L, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> kept = new ArrayList<>(tally.entrySet().stream()
                .filter(e -> e.getValue() >= minCount && !e.getKey().equals(PAD_TOKEN) && !e.getKey().equals(OOV_TOKEN))
                .toList());
        kept.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> words = new ArrayList<>(kept.size() + 2);
        long[] counts = new long[kept.size() + 2];
        words.add(PAD_TOKEN);
        words.add(OOV_TOKEN);
        for (int i = 0; i < kept.size(); i++) {
            words.add(kept.get(i).getKey());
            counts[i + 2] = kept.get(i).getValue();
        }
        // The OOV slot counts the training words that fell below the cut-off.
        counts[OOV] = tally.values().stream().filter(c -> c < minCount).mapToLong(Long::longValue).sum();
        return new Vocabulary(words, counts, minCount);
    }

    /** A vocabulary as saved: {@code words[0..]} and their training counts, e.g. read back by {@link TextEncoder}. */
    static Vocabulary of(List<String> words, long[] counts, int minCount) {
        return new Vocabulary(words, counts, minCount);
    }

    /** Ids including padding and OOV: the embedding's input size. */
    public int size() {
        return words.size();
    }

    public int minCount() {
        return minCount;
    }

    /** The word's id, {@value #OOV} if it is not in the vocabulary. */
    public int id(String word) {
        return ids.getOrDefault(word, OOV);
    }

    public boolean contains(String word) {
        return ids.containsKey(word) && !PAD_TOKEN.equals(word) && !OOV_TOKEN.equals(word);
    }

    /** The word of an id. */
    public String word(int id) {
        return words.get(id);
    }

    /** Training occurrences of the id's word; for {@value #OOV} the occurrences of all words below the cut-off. */
    public long count(int id) {
        return counts[id];
    }

    /** Words in id order, padding and OOV first. */
    public List<String> words() {
        return words;
    }

    long[] counts() {
        return counts.clone();
    }

    /** The ids of the tokens, in order. */
    public int[] encode(List<String> tokens) {
        return tokens.stream().mapToInt(this::id).toArray();
    }

    /** Share of the tokens that map to {@value #OOV}; 0 for no tokens. */
    public double oovRate(Collection<List<String>> tokenLists) {
        long all = 0;
        long unknown = 0;
        for (List<String> tokens : tokenLists) {
            for (String w : tokens) {
                all++;
                unknown += id(w) == OOV ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double) unknown / all;
    }
}

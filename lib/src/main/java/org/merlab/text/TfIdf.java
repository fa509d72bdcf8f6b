package org.merlab.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A fitted TF-IDF vectoriser over word and character n-grams, as scikit-learn's {@code TfidfVectorizer} with
 * {@code smooth_idf=True, norm="l2"}: term frequency (raw, or {@code 1 + ln tf} when sublinear) times
 * {@code idf = ln((1 + n) / (1 + df)) + 1}, the row scaled to unit Euclidean norm. Words come from the
 * {@link Tokenizer}; character n-grams are taken inside each word padded with a space either side
 * ({@code analyzer="char_wb"}). Word and character terms live in separate name spaces ({@code w:} and {@code c:}),
 * numbered in sorted term order, so the feature ids do not depend on the order of the training texts.
 */
public final class TfIdf {

    /** The saved file's {@code format} field. */
    public static final String FORMAT = "merlab-tfidf";
    public static final int VERSION = 1;

    private final TfIdfOptions options;
    private final List<String> terms;
    private final double[] idf;
    private final int documents;
    private final Map<String, Integer> index;

    private TfIdf(TfIdfOptions options, List<String> terms, double[] idf, int documents) {
        if (terms.size() != idf.length) {
            throw new TextException("TF-IDF has " + terms.size() + " terms but " + idf.length + " idf values");
        }
        this.options = options;
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        this.documents = documents;
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i), i);
        }
    }

    /** Counts document frequencies on the training texts and keeps the terms in at least {@code minDf} of them. */
    public static TfIdf fit(List<String> trainingTexts, TfIdfOptions options) {
        if (trainingTexts.isEmpty()) {
            throw new TextException("TF-IDF needs at least one training text");
        }
        Map<String, Integer> df = new HashMap<>();
        for (String text : trainingTexts) {
            Set<String> seen = new HashSet<>(terms(Tokenizer.words(text), options));
            for (String term : seen) {
                df.merge(term, 1, Integer::sum);
            }
        }
        TreeMap<String, Integer> kept = new TreeMap<>();
        df.forEach((term, count) -> {
            if (count >= options.minDf()) {
                kept.put(term, count);
            }
        });
        int n = trainingTexts.size();
        double[] idf = kept.values().stream().mapToDouble(count -> Math.log((1.0 + n) / (1.0 + count)) + 1).toArray();
        return new TfIdf(options, new ArrayList<>(kept.keySet()), idf, n);
    }

    public TfIdfOptions options() {
        return options;
    }

    /** Number of features (the vectors' dimension). */
    public int dimension() {
        return terms.size();
    }

    /** Training texts it was fitted on. */
    public int documents() {
        return documents;
    }

    /** The term of feature {@code i}, e.g. {@code "w:so happy"} or {@code "c: hap"}. */
    public String term(int i) {
        return terms.get(i);
    }

    /** The idf weight of feature {@code i}. */
    public double idf(int i) {
        return idf[i];
    }

    /**
     * The L2-normalised TF-IDF vector of {@code text}; terms not seen in training are dropped, so a text of unseen
     * words only is the zero vector.
     *
     * @throws TextException if the text has no word at all (nothing to classify)
     */
    public SparseVector transform(String text) {
        List<String> words = Tokenizer.words(text);
        if (words.isEmpty()) {
            throw new TextException("cannot vectorise text without any letter or digit: '" + text + "'");
        }
        TreeMap<Integer, Integer> tf = new TreeMap<>();
        for (String term : terms(words, options)) {
            Integer i = index.get(term);
            if (i != null) {
                tf.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = new int[tf.size()];
        double[] values = new double[tf.size()];
        int k = 0;
        double norm = 0;
        for (var e : tf.entrySet()) {
            double f = options.sublinearTf() ? 1 + Math.log(e.getValue()) : e.getValue();
            indices[k] = e.getKey();
            values[k] = f * idf[e.getKey()];
            norm += values[k] * values[k];
            k++;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < values.length && norm > 0; j++) {
            values[j] /= norm;
        }
        return new SparseVector(dimension(), indices, values);
    }

    /** {@link #transform} of every text, in order. */
    public List<SparseVector> transformAll(List<String> texts) {
        return texts.stream().map(this::transform).toList();
    }

    /** Every word and character n-gram occurrence of the words, with repeats, name-spaced by kind. */
    static List<String> terms(List<String> words, TfIdfOptions options) {
        List<String> out = new ArrayList<>();
        for (int n = options.wordMinN(); n <= options.wordMaxN() && n > 0; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                out.add("w:" + String.join(" ", words.subList(i, i + n)));
            }
        }
        for (String word : words) {
            int[] cps = (" " + word + " ").codePoints().toArray();
            for (int n = options.charMinN(); n <= options.charMaxN() && n > 0; n++) {
                // as char_wb: a padded word no longer than n counts once, whole, and ends the longer n-grams
                if (n >= cps.length) {
                    out.add("c:" + new String(cps, 0, cps.length));
                    break;
                }
                for (int i = 0; i + n <= cps.length; i++) {
                    out.add("c:" + new String(cps, i, n));
                }
            }
        }
        return out;
    }

    /** Writes the vectoriser as versioned JSON, atomically; returns {@code file}. */
    public Path save(Path file) {
        ObjectNode root = SavedFormat.header(FORMAT, VERSION);
        root.put("normalizer", TextEncoder.NORMALIZER);
        ObjectNode opts = root.putObject("options");
        opts.put("wordMinN", options.wordMinN());
        opts.put("wordMaxN", options.wordMaxN());
        opts.put("charMinN", options.charMinN());
        opts.put("charMaxN", options.charMaxN());
        opts.put("minDf", options.minDf());
        opts.put("sublinearTf", options.sublinearTf());
        root.put("documents", documents);
        ArrayNode termNodes = root.putArray("terms");
        terms.forEach(termNodes::add);
        ArrayNode idfNodes = root.putArray("idf");
        for (double v : idf) {
            idfNodes.add(v);
        }
        return SavedFormat.write(file, root);
    }

    /**
     * Reads a vectoriser written by {@link #save}.
     *
     * @throws TextException naming the file if it is missing, malformed, of another version or normaliser
     */
    public static TfIdf load(Path file) {
        JsonNode root = SavedFormat.read(file, FORMAT, VERSION);
        SavedFormat.checkNormalizer(root, file, "vectoriser");
        JsonNode o = SavedFormat.field(root, "options", file);
        TfIdfOptions options = new TfIdfOptions(o.path("wordMinN").asInt(), o.path("wordMaxN").asInt(),
                o.path("charMinN").asInt(), o.path("charMaxN").asInt(), o.path("minDf").asInt(),
                o.path("sublinearTf").asBoolean());
        List<String> terms = new ArrayList<>();
        SavedFormat.field(root, "terms", file).forEach(t -> terms.add(t.asText()));
        JsonNode idfNodes = SavedFormat.field(root, "idf", file);
        double[] idf = new double[idfNodes.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = idfNodes.get(i).asDouble();
        }
        try {
            return new TfIdf(options, terms, idf, SavedFormat.field(root, "documents", file).asInt());
        } catch (TextException e) {
            throw new TextException(file + ": " + e.getMessage(), e);
        }
    }
}

/**
 * Text to model input, fitted on the training split only: {@link org.merlab.text.Normalizer} and
 * {@link org.merlab.text.Tokenizer} (words), {@link org.merlab.text.Vocabulary} (frequency cut-off, padding and
 * out-of-vocabulary ids), {@link org.merlab.text.LengthProfile} (the maximum length chosen from the training
 * length distribution), {@link org.merlab.text.TextEncoder} (all of that as one saved and reloaded unit, so
 * prediction uses exactly the training vocabulary) and {@link org.merlab.text.TfIdf} (sparse word and character n-gram TF-IDF, as scikit-learn's
 * {@code TfidfVectorizer}).
 *
 * <p>A stage beside {@code features}: it knows no dataset and no model; {@code data} and everything to its right may
 * use it. Padded batches and masks of token ids are {@code org.merlab.train.Examples#tokens}, which pads with
 * {@link org.merlab.text.Vocabulary#PAD}.
 *
 * <pre>{@code
 * var encoder = TextEncoder.fit(trainTexts, 2, 0.99);   // words seen twice, 99% of texts untruncated
 * int[] ids = encoder.encode("I feel so happy!");       // [12, 40, 33, 150]
 * encoder.save(Path.of("model/encoder.json"));          // versioned JSON, written atomically
 * var tfidf = TfIdf.fit(trainTexts, TfIdfOptions.DEFAULT);
 * SparseVector v = tfidf.transform("i feel so happy"); // L2-normalised, sorted indices
 * }</pre>
 */
package org.merlab.text;

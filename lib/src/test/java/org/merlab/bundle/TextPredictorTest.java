package org.merlab.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.models.TextLstm;
import org.merlab.models.TextTransformer;
import org.merlab.text.TextEncoder;
import org.merlab.text.TextException;

/** Text bundles with untrained tiny networks of both architectures: random weights are enough to compare. */
class TextPredictorTest {

    static final List<String> LABELS = List.of("sadness", "joy", "love", "anger", "fear", "surprise");
    static final List<String> TRAINING = List.of("i feel so happy today", "i am sad and alone", "i love you so much",
            "this makes me angry", "i am afraid of the dark", "what a surprise that was", "i feel happy and loved");
    static final List<String> TEXTS = List.of("i feel happy", "an unknown word zyxx", "SAD, sad... sad!",
            "i love the dark and i am afraid of a surprise that makes me angry today");

    @TempDir
    Path tmp;

    static TextEncoder encoder() {
        return TextEncoder.fit(TRAINING, 1, 1.0);
    }

    static ModelBundle lstm() {
        TextEncoder e = encoder();
        ComputationGraph net = TextLstm.defaults(e.vocabulary().size(), LABELS.size()).withShape(8, 4, 1).build(3);
        return new ModelBundle(new TextRecipe(e, "lstm"), LABELS, Bundles.card(), Bundles.provenance(), net);
    }

    static ModelBundle transformer() {
        TextEncoder e = encoder();
        MultiLayerNetwork net = TextTransformer.defaults(e.vocabulary().size(), LABELS.size(), e.maxLength())
                .withShape(8, 2, 16, 1).build(3);
        return new ModelBundle(new TextRecipe(e, "transformer"), LABELS, Bundles.card(), Bundles.provenance(), net);
    }

    @Test
    void reloadedBundlesOfBothArchitecturesPredictIdentically() {
        for (ModelBundle original : List.of(lstm(), transformer())) {
            String arch = ((TextRecipe) original.recipe()).architecture();
            double[][] before = TextPredictor.of(original).probabilities(TEXTS);
            for (Path target : List.of(tmp.resolve(arch), tmp.resolve(arch + ".zip"))) {
                ModelBundle reloaded = ModelBundle.read(original.write(target));
                assertEquals(TextRecipe.KIND, reloaded.kind());
                assertEquals(original.network().getClass(), reloaded.network().getClass(), arch);
                TextRecipe recipe = (TextRecipe) reloaded.recipe();
                assertEquals(encoder().vocabulary().words(), recipe.encoder().vocabulary().words());
                assertEquals(encoder().maxLength(), recipe.encoder().maxLength());
                double[][] after = TextPredictor.of(reloaded).probabilities(TEXTS);
                for (int i = 0; i < TEXTS.size(); i++) {
                    assertArrayEquals(before[i], after[i], 0.0, arch + " " + target + " text " + i);
                    assertEquals(1.0, java.util.Arrays.stream(after[i]).sum(), 1e-5);
                }
            }
        }
    }

    @Test
    void theCardCountsTrainingTexts() throws IOException {
        Path dir = lstm().write(tmp.resolve("card"));
        String card = Files.readString(dir.resolve(ModelBundle.CARD));
        assertTrue(card.contains("embedded (fingerprint `sha256:00`): 60 training texts.\n"), card);
        assertTrue(card.contains("| label | training texts |"), card);
    }

    @Test
    void aTextWithoutAWordIsAClearError() {
        TextPredictor p = TextPredictor.of(lstm());
        for (String blank : List.of("", "   \t ", "?!...")) {
            TextException e = assertThrows(TextException.class, () -> p.probabilities(List.of("fine", blank)));
            assertTrue(e.getMessage().contains("cannot encode text without any letter or digit"), e.getMessage());
        }
    }

    @Test
    void anAudioBundleHasNoTextPredictorAndATextBundleNoSegmentClassifier() {
        assertTrue(assertThrows(BundleException.class, () -> TextPredictor.of(Bundles.bundle(1))).getMessage()
                .contains("takes audio, not text"));
        assertThrows(BundleException.class, () -> SegmentClassifier.of(lstm(), 1));
    }

    @Test
    void aMissingOrAlteredVocabularyAndUnknownVersionsAreClearErrors() throws IOException {
        Path dir = lstm().write(tmp.resolve("m"));
        Path encoder = dir.resolve(TextRecipe.ENCODER);
        String json = Files.readString(encoder);
        Files.writeString(encoder, json.replace("\"happy\"", "\"glad\""));
        String message = assertThrows(BundleException.class, () -> ModelBundle.read(dir)).getMessage();
        assertTrue(message.startsWith(dir + ": ") && message.contains("text encoder file text-encoder.json is corrupt"),
                message);
        Files.delete(encoder);
        message = assertThrows(BundleException.class, () -> ModelBundle.read(dir)).getMessage();
        assertTrue(message.contains("text encoder file text-encoder.json is missing"), message);

        Path other = lstm().write(tmp.resolve("v"));
        Path manifest = other.resolve(ModelBundle.MANIFEST);
        String m = Files.readString(manifest);
        Files.writeString(manifest, m.replace("\"formatVersion\" : 1", "\"formatVersion\" : 7"));
        message = assertThrows(BundleException.class, () -> ModelBundle.read(other)).getMessage();
        assertTrue(message.contains("bundle format version 7 is not supported"), message);
        Files.writeString(manifest, m.replace("\"kind\" : \"text-classifier\"", "\"kind\" : \"text-ranker\""));
        message = assertThrows(BundleException.class, () -> ModelBundle.read(other)).getMessage();
        assertTrue(message.contains("unknown model kind 'text-ranker'; this merlab reads: segment-classifier,"
                + " text-classifier, valence-arousal"), message);
        Files.writeString(manifest, m.replace("\"architecture\" : \"lstm\"", "\"architecture\" : \"gru\""));
        message = assertThrows(BundleException.class, () -> ModelBundle.read(other)).getMessage();
        assertTrue(message.contains("text architecture 'gru' is unknown"), message);
    }
}

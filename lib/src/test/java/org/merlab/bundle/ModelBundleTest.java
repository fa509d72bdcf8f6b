package org.merlab.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static ModelBundle original;
    private static Path written;

    @BeforeAll
    static void writeOnce() {
        original = Bundles.bundle(11);
        written = original.write(shared.resolve("model"));
    }

    private static String expectFailure(Path bundle) {
        String message = assertThrows(BundleException.class, () -> ModelBundle.read(bundle)).getMessage();
        assertTrue(message.contains(bundle.toString()), message);
        return message;
    }

    /** A copy of the written bundle directory with {@code bundle.json} edited. */
    private Path withManifest(String from, String to) throws IOException {
        Path copy = tmp.resolve("edited");
        Files.createDirectories(copy);
        for (String name : List.of(ModelBundle.MANIFEST, ModelBundle.NETWORK, ModelBundle.CARD,
                ModelBundle.PROVENANCE)) {
            Files.copy(written.resolve(name), copy.resolve(name));
        }
        String manifest = Files.readString(copy.resolve(ModelBundle.MANIFEST));
        assertTrue(manifest.contains(from), manifest);
        Files.writeString(copy.resolve(ModelBundle.MANIFEST), manifest.replace(from, to));
        return copy;
    }

    @Test
    void aReloadedDirectoryPredictsIdenticallyOnTheSameBatchLayout() {
        // 300 rows: two inference batches of the trainer, the same on both sides.
        double[][] rows = Bundles.rows(300, 5);
        double[][] before = SegmentClassifier.of(original, 1).probabilities(rows);
        ModelBundle reloaded = ModelBundle.read(written);
        double[][] after = SegmentClassifier.of(reloaded, 1).probabilities(rows);
        for (int i = 0; i < rows.length; i++) {
            assertArrayEquals(before[i], after[i], 0.0, "row " + i);
        }
        SegmentRecipe was = (SegmentRecipe) original.recipe();
        SegmentRecipe is = (SegmentRecipe) reloaded.recipe();
        assertEquals(was.features(), is.features());
        assertEquals(was.segments(), is.segments());
        assertArrayEquals(was.scaler().mean(), is.scaler().mean(), 0.0);
        assertArrayEquals(was.scaler().scale(), is.scaler().scale(), 0.0);
        assertEquals(original.labels(), reloaded.labels());
        assertEquals(original.card(), reloaded.card());
        assertEquals(original.provenance(), reloaded.provenance());
    }

    @Test
    void theZipHoldsTheSameBundle() {
        Path zip = original.write(tmp.resolve("model.zip"));
        assertTrue(Files.isRegularFile(zip));
        ModelBundle reloaded = ModelBundle.read(zip);
        double[][] rows = Bundles.rows(40, 6);
        assertTrue(Arrays.deepEquals(SegmentClassifier.of(original, 1).probabilities(rows),
                SegmentClassifier.of(reloaded, 1).probabilities(rows)));
        assertEquals(original.card(), reloaded.card());
    }

    @Test
    void aZipOfTheDirectoryWithItsFolderReadsToo() throws IOException {
        Path zip = tmp.resolve("by-hand.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("model/"));
            for (String name : List.of(ModelBundle.MANIFEST, ModelBundle.NETWORK, ModelBundle.PROVENANCE)) {
                out.putNextEntry(new ZipEntry("model/" + name));
                out.write(Files.readAllBytes(written.resolve(name)));
            }
        }
        assertEquals(original.labels(), ModelBundle.read(zip).labels());
    }

    @Test
    void theDirectoryHoldsTheDocumentedFilesAndAReadableCard() throws IOException {
        try (var files = Files.list(written)) {
            assertEquals(List.of("MODEL_CARD.md", "bundle.json", "network.zip", "provenance.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String card = Files.readString(written.resolve(ModelBundle.CARD));
        assertTrue(card.contains("# Model card: test network"), card);
        assertTrue(card.contains("| CNN_LSTM | track | 12 | 0.400 [0.250, 0.550] |"), card);
        assertTrue(card.contains("1.0 s segments (hop 0.5 s) at 22050 Hz, paper-features/1"), card);
        assertTrue(card.contains("- It knows only synthetic music."), card);
        String manifest = Files.readString(written.resolve(ModelBundle.MANIFEST));
        assertTrue(manifest.contains("\"segmentSeconds\" : 1.0"), manifest);
        assertTrue(manifest.contains("\"hopSeconds\" : 0.5"), manifest);
    }

    @Test
    void rewritingReplacesTheOldBundleAndLeavesNoTemporaryFiles() throws IOException {
        Path target = tmp.resolve("again");
        Bundles.bundle(1).write(target);
        Bundles.bundle(2).write(target);
        double[][] rows = Bundles.rows(5, 7);
        assertTrue(Arrays.deepEquals(SegmentClassifier.of(Bundles.bundle(2), 1).probabilities(rows),
                SegmentClassifier.of(ModelBundle.read(target), 1).probabilities(rows)));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("again"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aDirectoryThatIsNoBundleIsNotReplaced() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.tex"), "precious");
        String message = assertThrows(BundleException.class, () -> original.write(mine)).getMessage();
        assertTrue(message.contains("holds no model bundle"), message);
        assertEquals("precious", Files.readString(mine.resolve("chapter1.tex")));
    }

    @Test
    void anUnknownFormatVersionIsAClearError() throws IOException {
        String message = expectFailure(withManifest("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        assertTrue(message.contains("bundle format version 2 is not supported; this merlab reads version 1"),
                message);
    }

    @Test
    void anUnknownKindIsAClearError() throws IOException {
        String message = expectFailure(withManifest("\"kind\" : \"segment-classifier\"",
                "\"kind\" : \"multitask\""));
        assertTrue(message.contains("unknown model kind 'multitask'"), message);
    }

    @Test
    void aFeatureRecipeThisCodeCannotComputeIsAClearError() throws IOException {
        String message = expectFailure(withManifest("paper-features/1 librosa-0.10.2", "paper-features/2 librosa-0.11"));
        assertTrue(message.contains("feature recipe 'paper-features/2 librosa-0.11"), message);
        assertTrue(message.contains("cannot be computed by this merlab"), message);
    }

    @Test
    void anotherSampleRateIsAClearError() throws IOException {
        String message = expectFailure(withManifest("\"sampleRate\" : 22050", "\"sampleRate\" : 44100"));
        assertTrue(message.contains("asks for 44100 Hz"), message);
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        String message = expectFailure(withManifest("\"hopSeconds\"", "\"hop\""));
        assertTrue(message.contains("missing field 'hopSeconds'"), message);
    }

    @Test
    void aCorruptZipIsAClearError() throws IOException {
        Path garbage = tmp.resolve("garbage.zip");
        Files.writeString(garbage, "this is not a zip archive");
        assertTrue(expectFailure(garbage).contains("is not a readable zip archive"));

        byte[] zip = Files.readAllBytes(original.write(tmp.resolve("whole.zip")));
        Path truncated = Files.write(tmp.resolve("truncated.zip"), Arrays.copyOf(zip, zip.length / 2));
        assertTrue(expectFailure(truncated).contains("is not a readable zip archive"));
    }

    @Test
    void aDamagedNetworkFileFailsItsChecksum() throws IOException {
        Path copy = withManifest("\"format\"", "\"format\"");
        byte[] net = Files.readAllBytes(copy.resolve(ModelBundle.NETWORK));
        net[net.length / 2] ^= 1;
        Files.write(copy.resolve(ModelBundle.NETWORK), net);
        assertTrue(expectFailure(copy).contains("network.zip is corrupt"));
    }

    @Test
    void aFolderWithoutManifestOrAMissingPathIsNoBundle() throws IOException {
        assertTrue(expectFailure(Files.createDirectories(tmp.resolve("empty"))).contains("has no bundle.json"));
        assertTrue(expectFailure(tmp.resolve("absent")).contains("no model bundle at"));
        Path notJson = withManifest("{", "[ oops");
        assertTrue(expectFailure(notJson).contains("bundle.json is not JSON"));
    }

    @Test
    void labelsMustMatchTheNetworksOutputs() {
        String message = assertThrows(BundleException.class, () -> new ModelBundle(original.recipe(),
                List.of("a", "b"), Bundles.card(), Bundles.provenance(), Bundles.network(1))).getMessage();
        assertTrue(message.contains("the network has 3 outputs but there are 2 labels"), message);
        assertThrows(BundleException.class, () -> new ModelBundle(original.recipe(), List.of("a", "a", "b"),
                Bundles.card(), Bundles.provenance(), Bundles.network(1)));
    }
}

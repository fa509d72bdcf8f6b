package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.VaRecipe;
import org.merlab.data.VaFeatures;
import org.merlab.models.VaLstm;
import org.merlab.prep.StandardScaler;

class ModelsTest {

    @Test
    void servesEveryBundleOfAFolderByItsNameAndListsWhatItSkips(@TempDir Path dir) throws IOException {
        ServeFixture fixture = ServeFixture.get();
        Files.copy(fixture.bundle, dir.resolve("a.zip"));
        fixture.read().write(dir.resolve("b"));
        Files.copy(fixture.bundle, dir.resolve("b.zip"));
        Files.writeString(dir.resolve("broken.zip"), "not a zip");
        Files.copy(fixture.bundle, dir.resolve("bad name.zip"));
        Files.writeString(dir.resolve("README.txt"), "not a bundle");
        Files.createDirectories(dir.resolve("empty"));
        Files.copy(fixture.textBundle, dir.resolve("t.zip"));
        double[] mean = new double[8];
        double[] scale = new double[8];
        Arrays.fill(mean, -40);
        Arrays.fill(scale, 15);
        new ModelBundle(new VaRecipe(VaFeatures.RECIPE, 8, 0.5, 4, new StandardScaler(mean, scale), "lstm-joint"),
                List.of("valence", "arousal"), fixture.read().card(), fixture.read().provenance(),
                VaLstm.build(8, 2, 1)).write(dir.resolve("v.zip"));

        Models models = Models.load(dir);
        assertEquals(List.of("a", "b", "t", "v"), models.all().stream().map(Models.Model::name).toList());
        assertEquals(List.of("a", "b", "v"), models.audio().stream().map(Models.Model::name).toList(),
                "emotion and valence/arousal models take audio; the text model does not");
        assertEquals(dir.resolve("b"), models.find("b").orElseThrow().source(), "the folder sorts before b.zip");
        assertEquals(fixture.read().labels(), models.find("a").orElseThrow().bundle().labels());
        assertTrue(models.find("c").isEmpty());

        List<String> skipped = models.skipped().stream().map(s -> s.source().getFileName() + ": " + s.reason())
                .toList();
        assertEquals(3, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith("b.zip: the name 'b' is already taken by " + dir.resolve("b")),
                skipped.toString());
        assertTrue(skipped.get(1).startsWith("bad name.zip: the name 'bad name' is not a valid model name"),
                skipped.toString());
        assertTrue(skipped.get(2).startsWith("broken.zip: " + dir.resolve("broken.zip")
                + " is not a readable zip archive"), skipped.toString());
    }

    @Test
    void oneBundleMayBeGivenDirectly() {
        ServeFixture fixture = ServeFixture.get();
        Models models = Models.load(fixture.bundle);
        assertEquals(List.of(ServeFixture.MODEL), models.all().stream().map(Models.Model::name).toList());
    }

    @Test
    void noUsableBundleIsAnErrorNamingTheFolderAndWhatWasSkipped(@TempDir Path dir) throws IOException {
        ServeException none = assertThrows(ServeException.class, () -> Models.load(dir));
        assertTrue(none.getMessage().startsWith("no usable model bundle in " + dir), none.getMessage());
        Files.writeString(dir.resolve("x.zip"), "junk");
        ServeException junk = assertThrows(ServeException.class, () -> Models.load(dir));
        assertTrue(junk.getMessage().contains("\n  skipped " + dir.resolve("x.zip") + ": "), junk.getMessage());
        ServeException absent = assertThrows(ServeException.class, () -> Models.load(dir.resolve("absent")));
        assertEquals("no models folder or bundle at " + dir.resolve("absent"), absent.getMessage());
    }

    @Test
    void namesAreNeverPaths() {
        for (String good : List.of("paper", "Paper-2.1_x", "a", "a".repeat(64))) {
            assertTrue(Models.isValidName(good), good);
        }
        for (String bad : List.of("", "..", ".hidden", "a/b", "..%2Fetc", "a\\b", "a b", "-x", "a".repeat(65),
                "caf\u00e9", "a\u0000b")) {
            assertFalse(Models.isValidName(bad), bad);
        }
        assertFalse(Models.isValidName(null));
    }
}

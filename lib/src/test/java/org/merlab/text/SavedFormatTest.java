package org.merlab.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SavedFormatTest {

    @TempDir
    Path dir;

    @Test
    void writesHeaderAndReadsItBack() {
        var root = SavedFormat.header("thing", 3);
        root.put("x", 7);
        Path file = SavedFormat.write(dir.resolve("a/thing.json"), root);
        assertEquals(7, SavedFormat.field(SavedFormat.read(file, "thing", 3), "x", file).asInt());
        assertEquals(file + " lacks the field 'y'", assertThrows(TextException.class,
                () -> SavedFormat.field(SavedFormat.read(file, "thing", 3), "y", file)).getMessage());
    }

    @Test
    void refusesNonObjectsAndEmptyFiles() throws IOException {
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertEquals(array + " is not a thing file",
                assertThrows(TextException.class, () -> SavedFormat.read(array, "thing", 1)).getMessage());
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThrows(TextException.class, () -> SavedFormat.read(empty, "thing", 1));
    }
}

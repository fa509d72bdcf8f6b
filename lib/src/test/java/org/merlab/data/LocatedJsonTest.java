package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatedJsonTest {

    @Test
    void valuesKnowTheirLines(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.json"), "{\n \"a\": [1,\n  NaN, null],\n \"b\": \"x\"\n}");
        var top = assertInstanceOf(LocatedJson.Obj.class, LocatedJson.read(f));
        var a = assertInstanceOf(LocatedJson.Arr.class, top.fields().get("a"));
        assertEquals(2, a.line());
        assertEquals(3, a.items().get(1).line());
        assertTrue(Double.isNaN(assertInstanceOf(LocatedJson.Num.class, a.items().get(1)).value()));
        assertInstanceOf(LocatedJson.Null.class, a.items().get(2));
        assertEquals(4, top.fields().get("b").line());
    }

    @Test
    void aSyntaxErrorNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("b.json"), "{\n\"a\": [1,\n,2]}");
        var e = assertThrows(DatasetException.class, () -> LocatedJson.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3:"), e.getMessage());
    }
}

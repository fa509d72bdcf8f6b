package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTableTest {

    @TempDir
    Path dir;

    private CsvTable read(String eol, String... lines) throws IOException {
        return CsvTable.read(Fixtures.lines(dir, "t.csv", eol, lines), ',', StandardCharsets.UTF_8);
    }

    @Test
    void trimsNamesAndValuesAndReadsQuotedFieldsAcrossCrlf() throws IOException {
        CsvTable t = read("\r\n", "id, name,note", "", "1, \"Smith, Jo\" ,\"say \"\"hi\"\"\"", "2,b,");
        assertEquals(1, t.column("name"));
        assertEquals(List.of(new CsvTable.Row(3, List.of("1", "Smith, Jo", "say \"hi\"")),
                new CsvTable.Row(4, List.of("2", "b", ""))), t.rows());
        assertEquals(2, t.integer(t.rows().get(1), 0));
    }

    @Test
    void ignoresAByteOrderMark() throws IOException {
        CsvTable t = read("\n", "\uFEFFtrack id,genre", "1,pop");
        assertEquals(0, t.column("track id"));
    }

    @Test
    void badNumbersNameTheColumnAndLine() throws IOException {
        CsvTable t = read("\n", "a,b", "1,NaN", "x,2");
        DatasetException e = assertThrows(DatasetException.class, () -> t.number(t.rows().get(0), 1));
        assertEquals(t.file() + ":2: bad number 'NaN' in column 'b'", e.getMessage());
        e = assertThrows(DatasetException.class, () -> t.integer(t.rows().get(1), 0));
        assertEquals(t.file() + ":3: bad integer 'x' in column 'a'", e.getMessage());
    }

    @Test
    void unterminatedQuoteFails() throws IOException {
        DatasetException e = assertThrows(DatasetException.class, () -> read("\n", "a,b", "1,\"open"));
        assertEquals(dir.resolve("t.csv") + ":2: unterminated quoted field", e.getMessage());
    }

    @Test
    void emptyFileFails() throws IOException {
        DatasetException e = assertThrows(DatasetException.class, () -> read("\n", ""));
        assertEquals(dir.resolve("t.csv") + ":1: empty file: no header", e.getMessage());
    }
}

package org.merlab.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small delimited file read whole: a header line and data rows, as the annotation files of Emotify and 4Q are.
 * Handles what those files do: CRLF or LF endings, spaces around separators (names and values are trimmed), and
 * RFC 4180 quoting ({@code "a, b"}, {@code ""} for a quote) within one line, and a leading byte-order mark.
 * Blank lines are skipped.
 * Every failure is a {@link DatasetException} naming the file and line.
 */
final class CsvTable {

    /** One data row: its 1-based line number in the file and its trimmed fields, as many as the header has. */
    record Row(int line, List<String> fields) {
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** Reads {@code file}; every row must have exactly as many fields as the header. */
    static CsvTable read(Path file, char separator, Charset charset) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, charset);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read annotation file (" + e + ")", e);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // a UTF-8 byte-order mark, as spreadsheet exports write, is not part of the first column's name
            String line = (i == 0 ? lines.get(i).replaceFirst("^\uFEFF", "") : lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = split(file, i + 1, line, separator);
            if (header == null) {
                header = fields;
            } else if (fields.size() != header.size()) {
                throw new DatasetException(file, i + 1,
                        "expected " + header.size() + " fields as in the header, found " + fields.size());
            } else {
                rows.add(new Row(i + 1, fields));
            }
        }
        if (header == null) {
            throw new DatasetException(file, 1, "empty file: no header");
        }
        return new CsvTable(file, header, rows);
    }

    private static List<String> split(Path file, int lineNumber, String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new DatasetException(file, lineNumber, "unterminated quoted field");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    Path file() {
        return file;
    }

    /** The trimmed column names. */
    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    boolean hasColumn(String name) {
        return header.contains(name);
    }

    /** The index of column {@code name}, or a failure naming the missing column and the columns found. */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new DatasetException(file, 1, "missing column '" + name + "' (header has " + header + ")");
        }
        return index;
    }

    String text(Row row, int column) {
        return row.fields().get(column);
    }

    double number(Row row, int column) {
        String value = text(row, column);
        try {
            double x = Double.parseDouble(value);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below, with the column name
        }
        throw fail(row, "bad number '" + value + "' in column '" + header.get(column) + "'");
    }

    int integer(Row row, int column) {
        String value = text(row, column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw fail(row, "bad integer '" + value + "' in column '" + header.get(column) + "'");
        }
    }

    DatasetException fail(Row row, String reason) {
        return new DatasetException(file, row.line(), reason);
    }

    /**
     * A check that every row's key (a track id, a file name) is new: it remembers each key's first line, and a
     * second row with the key fails naming both lines, "duplicate WHAT KEY (first on line N)".
     *
     * @param what the key's name in the message, e.g. {@code "track id"}
     */
    <K> Unique<K> unique(String what) {
        return new Unique<>(what);
    }

    /** See {@link #unique}. */
    final class Unique<K> {
        private final String what;
        private final Map<K, Integer> firstLine = new HashMap<>();

        private Unique(String what) {
            this.what = what;
        }

        /** @throws DatasetException if an earlier row had {@code key} */
        void add(Row row, K key) {
            Integer first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                throw fail(row, "duplicate " + what + " " + key + " (first on line " + first + ")");
            }
        }
    }
}

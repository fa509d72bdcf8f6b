package org.merlab.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the dair-ai "emotion" corpus (Saravia et al. 2018): {@code train.txt}, {@code val.txt}, {@code test.txt}
 * (16000/2000/2000 lines), one {@code text;label} per line, no header, no audio. The label follows the last
 * {@code ;} of a line.
 *
 * @param train 16000 examples in the published split
 * @param val   2000
 * @param test  2000
 */
public record TextEmotionCorpus(List<TextExample> train, List<TextExample> val, List<TextExample> test) {

    /** The dataset name used in report paths. */
    public static final String NAME = "text-emotion";

    public TextEmotionCorpus {
        train = List.copyOf(train);
        val = List.copyOf(val);
        test = List.copyOf(test);
    }

    /** Reads the three split files of {@code dir}. */
    public static TextEmotionCorpus load(Path dir) {
        return new TextEmotionCorpus(read(dir.resolve("train.txt")), read(dir.resolve("val.txt")),
                read(dir.resolve("test.txt")));
    }

    /**
     * Reads one split file.
     *
     * @throws DatasetException on a line without {@code ;}, an empty text or an unknown label
     */
    public static List<TextExample> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read split file (" + e + ")", e);
        }
        List<TextExample> out = new ArrayList<>(lines.size());
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index).strip();
            if (line.isEmpty()) {
                continue;
            }
            int semicolon = line.lastIndexOf(';');
            if (semicolon < 0) {
                throw new DatasetException(file, lineNumber, "missing label: no ';' in the line");
            }
            String text = line.substring(0, semicolon).strip();
            String label = line.substring(semicolon + 1).strip();
            if (text.isEmpty()) {
                throw new DatasetException(file, lineNumber, "empty text before ';'");
            }
            TextEmotion emotion = TextEmotion.parse(label).orElseThrow(() -> new DatasetException(file, lineNumber,
                    "unknown label '" + label + "' (expected one of sadness, joy, love, anger, fear, surprise)"));
            out.add(new TextExample(lineNumber, text, emotion));
        }
        return out;
    }
}

package org.merlab.data;

/**
 * One labelled line of the text emotion corpus.
 *
 * @param line  its 1-based line number in the split file, an id that survives shuffling
 * @param text  the message (lower-case words, no punctuation in the dair-ai files)
 * @param label one of the six emotions
 */
public record TextExample(int line, String text, TextEmotion label) {
}

package org.merlab.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReadmeTest {

    @Test
    void explainsTheClassesTheLayoutAndTheMeasuredAgreement() {
        String readme = CorpusReadme.text(SyntheticEmotify.Options.DEFAULT, 72, 60);
        assertTrue(readme.contains(GemsMusic.markdownTable()));
        assertTrue(readme.contains("- 72 tracks: 4 genres x 9 GEMS emotions x 2, each 30 s long"), readme);
        assertTrue(readme.contains(Emotify.OFFICIAL_HEADER));
        assertTrue(readme.contains("is the intended one for 60 of 72 tracks (83.3 %)."), readme);
        assertTrue(readme.contains("Gabrielsson & Lindström (2001"));
    }
}

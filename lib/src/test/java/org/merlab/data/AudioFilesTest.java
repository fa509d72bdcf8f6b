package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AudioFilesTest {

    @TempDir
    Path dir;

    @Test
    void prefersMp3ThenWavThenOggAndIgnoresOtherExtensionsAndFolders() throws IOException {
        Fixtures.touch(dir, "pop/1.ogg");
        assertEquals(Optional.of(dir.resolve("pop/1.ogg")), AudioFiles.find(dir, "pop/1"));
        Fixtures.touch(dir, "pop/1.wav");
        assertEquals(Optional.of(dir.resolve("pop/1.wav")), AudioFiles.find(dir, "pop/1"));
        Fixtures.touch(dir, "pop/1.mp3");
        assertEquals(Optional.of(dir.resolve("pop/1.mp3")), AudioFiles.find(dir, "pop/1"));
        Fixtures.touch(dir, "pop/2.flac");
        Files.createDirectories(dir.resolve("pop/3.mp3"));
        assertEquals(Optional.empty(), AudioFiles.find(dir, "pop/2"));
        assertEquals(Optional.empty(), AudioFiles.find(dir, "pop/3"));
    }
}

package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedCorpusTest {

    private static final SyntheticEmotify.Options TINY = new SyntheticEmotify.Options(3, 1, 1, 2, 4);

    @TempDir
    Path repo;

    @Test
    void defaultCorpusLivesInDataEmbedded() {
        assertEquals(repo.resolve("data/embedded/emotify-synth"),
                EmbeddedCorpus.directory(repo, SyntheticEmotify.Options.DEFAULT));
        assertEquals(repo.resolve("data/embedded/emotify-synth-3-1x1s-2to4"), EmbeddedCorpus.directory(repo, TINY));
    }

    @Test
    void ensureGeneratesOnceThenReusesAndLoadsAsEmbedded() throws IOException {
        Path dir = EmbeddedCorpus.ensure(repo, TINY);
        Path marker = dir.resolve("marker");
        Files.writeString(marker, "kept while the stamp matches");
        assertEquals(dir, EmbeddedCorpus.ensure(repo, TINY));
        assertTrue(Files.exists(marker));

        LoadedDataset<EmotifyTrack> d = EmbeddedCorpus.load(repo, TINY);
        assertEquals("embedded", d.name());
        assertEquals(36, d.tracks().size());
        assertEquals(List.of(), d.missingAudio());
    }

    @Test
    void staleCorpusIsRebuiltAndNothingElseIsLeftBehind() throws IOException {
        Path dir = EmbeddedCorpus.ensure(repo, TINY);
        Files.writeString(dir.resolve(SyntheticEmotify.STAMP), "SyntheticEmotify version 0");
        Files.delete(dir.resolve("pop/1.wav"));

        assertEquals(dir, EmbeddedCorpus.ensure(repo, TINY));

        assertTrue(Files.exists(dir.resolve("pop/1.wav")));
        assertEquals(SyntheticEmotify.stamp(TINY), Files.readString(dir.resolve(SyntheticEmotify.STAMP)).strip());
        assertEquals(List.of(dir), Files.list(dir.getParent()).toList());
    }

    @Test
    void concurrentEnsuresAgreeOnOneCompleteCorpus() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Path> a = pool.submit(() -> EmbeddedCorpus.ensure(repo, TINY));
            Future<Path> b = pool.submit(() -> EmbeddedCorpus.ensure(repo, TINY));
            assertEquals(a.get(), b.get());
        }
        Path dir = EmbeddedCorpus.directory(repo, TINY);
        assertEquals(List.of(dir), Files.list(dir.getParent()).toList());
        assertEquals(36, EmbeddedCorpus.load(repo, TINY).tracks().size());
    }
}

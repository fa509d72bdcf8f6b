package org.merlab.study;

import org.merlab.data.DatasetException;
import org.merlab.data.EmbeddedCorpus;
import org.merlab.data.Emotify;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.LoadedDataset;
import org.merlab.data.SyntheticEmotify;
import org.merlab.notebook.Params;

import java.nio.file.Path;

/**
 * The dataset a notebook runs on, chosen by its {@link Params}: the Emotify copy in {@code MERLAB_DATA}, else the
 * embedded synthetic corpus (its smoke-test size in smoke mode), capped at {@code MERLAB_LIMIT} tracks
 * ({@value #SMOKE_LIMIT} in smoke mode when unset).
 */
public final class Datasets {

    /** Tracks kept in smoke mode when {@code MERLAB_LIMIT} is unset: three per Emotify genre. */
    public static final int SMOKE_LIMIT = 12;

    private Datasets() {
    }

    /**
     * The Emotify-layout dataset of {@code p}, named {@link Params#dataset()} (so reports land in
     * {@code reports/<dataset>/}), limited by {@link LoadedDataset#limit}.
     *
     * @param repoRoot where {@code data/embedded/} lives (e.g. {@link Params#repoRoot()})
     * @throws DatasetException if the {@code MERLAB_DATA} folder holds no readable Emotify annotations
     */
    public static LoadedDataset<EmotifyTrack> emotify(Params p, Path repoRoot) {
        LoadedDataset<EmotifyTrack> all = p.data()
                .map(dir -> {
                    LoadedDataset<EmotifyTrack> real = Emotify.loadDirectory(dir);
                    return new LoadedDataset<>(p.dataset(), real.tracks(), real.missingAudio());
                })
                .orElseGet(() -> EmbeddedCorpus.load(repoRoot, embeddedOptions(p)));
        return all.limit(p.limit(SMOKE_LIMIT));
    }

    /**
     * The folder the dataset of {@code p} is read from: {@code MERLAB_DATA}, else the embedded corpus's folder (which
     * {@link #emotify} generates when absent). Fingerprint it for provenance.
     */
    public static Path root(Params p, Path repoRoot) {
        return p.data().orElseGet(() -> EmbeddedCorpus.directory(repoRoot, embeddedOptions(p)));
    }

    private static SyntheticEmotify.Options embeddedOptions(Params p) {
        return p.choose(SyntheticEmotify.Options.DEFAULT, SyntheticEmotify.Options.SMOKE);
    }
}

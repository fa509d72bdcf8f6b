package org.merlab.data;

import org.merlab.notebook.Params;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * {@code reports/<dataset>/}), limited by {@link #limit}.
     *
     * @param repoRoot where {@code data/embedded/} lives (a notebook's kernel runs in {@code notebooks/}: pass "..")
     * @throws DatasetException if the {@code MERLAB_DATA} folder holds no readable Emotify annotations
     */
    public static LoadedDataset<EmotifyTrack> emotify(Params p, Path repoRoot) {
        LoadedDataset<EmotifyTrack> all = p.data()
                .map(dir -> {
                    LoadedDataset<EmotifyTrack> real = Emotify.loadDirectory(dir);
                    return new LoadedDataset<>(p.dataset(), real.tracks(), real.missingAudio());
                })
                .orElseGet(() -> EmbeddedCorpus.load(repoRoot, embeddedOptions(p)));
        return limit(all, p.limit(SMOKE_LIMIT));
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

    /**
     * At most {@code max} tracks (0 = all), taken round-robin over genres (first of each genre, then second, ...) so
     * a small limit still holds every genre; the kept tracks stay in dataset order. Deterministic: no seed needed.
     *
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public static <T extends Track> LoadedDataset<T> limit(LoadedDataset<T> ds, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the track limit must be >= 0, got " + max);
        }
        if (max == 0 || max >= ds.tracks().size()) {
            return ds;
        }
        Map<String, List<T>> byGenre = new LinkedHashMap<>();
        for (T t : ds.tracks()) {
            byGenre.computeIfAbsent(t.genre(), g -> new ArrayList<>()).add(t);
        }
        Set<T> kept = new HashSet<>();
        for (int rank = 0; kept.size() < max; rank++) {
            for (List<T> genre : byGenre.values()) {
                if (rank < genre.size() && kept.size() < max) {
                    kept.add(genre.get(rank));
                }
            }
        }
        return new LoadedDataset<>(ds.name(), ds.tracks().stream().filter(kept::contains).toList(),
                ds.missingAudio());
    }
}

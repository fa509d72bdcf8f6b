package org.merlab.study.multitask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.merlab.data.EmbeddedCorpus;
import org.merlab.data.Emotify;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.Gems;
import org.merlab.data.LoadedDataset;
import org.merlab.data.MapFeatures;
import org.merlab.data.Musemo;
import org.merlab.data.MusemoClip;
import org.merlab.data.Musifeast17;
import org.merlab.data.Musifeast17Clip;
import org.merlab.data.Track;
import org.merlab.features.FeatureMaps;
import org.merlab.notebook.Params;
import org.merlab.prep.Grouping;
import org.merlab.report.Fingerprint;
import org.merlab.study.StudyData;

/**
 * The clips notebook 08 runs on: per clip its id, fold group (artist for MUSIFEAST-17, track for Emotify, GTZAN
 * track for the musemo genre set), genre,
 * continuous targets and {@link FeatureMaps}. Clips whose audio does not decode are listed in {@code skipped}.
 *
 * @param dataset     report folder name ({@code musifeast17}, {@code emotify}, {@code embedded})
 * @param source      one line saying which data this is and why (the notebook's first output)
 * @param grouping    how folds group clips
 * @param fingerprint the dataset's fingerprint for provenance
 */
public record Clips(String dataset, String source, List<String> ids, List<String> groups, int[] genre,
                    List<String> genres, double[][] targets, List<String> targetNames, List<FeatureMaps> maps,
                    Grouping grouping, List<String> skipped, String fingerprint) {

    /** Emotify's regression tasks: three GEMS listener shares. */
    public static final List<Gems> EMOTIFY_TASKS = List.of(Gems.POWER, Gems.TENSION, Gems.CALMNESS);
    /** The variable naming a MUSIFEAST-17 copy. */
    public static final String MUSIFEAST_VARIABLE = "MERLAB_DATA_MUSIFEAST17";
    /** The variable naming a musemo copy, the separate genre set of cross-data transfer. */
    public static final String MUSEMO_VARIABLE = "MERLAB_DATA_MUSEMO";

    public int size() {
        return ids.size();
    }

    /**
     * The dataset {@code name}. Emotify is the one every notebook uses ({@link StudyData#load}: {@code MERLAB_DATA},
     * else a fetched {@code data/raw/emotify/}, else the embedded synthetic corpus, thinned to {@code MERLAB_LIMIT}).
     * MUSIFEAST-17 is the folder in {@value #MUSIFEAST_VARIABLE} if set, else {@code data/raw/musifeast17/} if it
     * exists and this is not a smoke run, else the embedded synthetic Emotify corpus (its smoke size in smoke mode)
     * as a stand-in.
     *
     * @param env the process environment (for {@value #MUSIFEAST_VARIABLE})
     */
    public static Clips choose(String name, Params p, Map<String, String> env, Path repoRoot, Path cacheDir) {
        if (!name.equals(Musifeast17.NAME) && !name.equals(Emotify.NAME)) {
            throw new IllegalArgumentException("notebook 08 runs on musifeast17 or emotify, got '" + name + "'");
        }
        if (name.equals(Emotify.NAME)) {
            StudyData data = StudyData.load(p);
            return emotify(data.dataset(), data.dataset().name(), "Emotify from " + p.data().describe() + ": "
                    + data.dataset().summary(), cacheDir, data.root());
        }
        var chosen = Copy.choose(MUSIFEAST_VARIABLE, name, p, env, repoRoot);
        if (chosen.dir().isEmpty()) {
            var options = EmbeddedCorpus.options(p.smoke());
            var ds = EmbeddedCorpus.load(repoRoot, options).limit(p.limit());
            String source = "embedded synthetic Emotify corpus as a stand-in for " + name + " (" + chosen.why()
                    + "): " + ds.summary();
            return emotify(ds, EmbeddedCorpus.NAME, source, cacheDir, EmbeddedCorpus.directory(repoRoot, options));
        }
        Path dir = chosen.dir().get();
        var ds = Musifeast17.load(dir).limit(p.limit());
        return musifeast(ds, "MUSIFEAST-17 from " + chosen.why() + ": " + ds.summary(), cacheDir, dir);
    }

    /**
     * The separate genre set of cross-data transfer, musemo (GTZAN fragments, {@link Musemo}): the folder in
     * {@value #MUSEMO_VARIABLE} if set, else {@code data/raw/musemo/} if it exists and this is not a smoke run, else
     * none (smoke runs and CI have no copy, and no stand-in is generated: the cross-data step is then skipped, and
     * {@link GenreSet#source()} says why). Every fragment is kept ({@code MERLAB_LIMIT} thins the regression clips
     * only): 324 six-second fragments cost little next to the regression set.
     *
     * @param env the process environment (for {@value #MUSEMO_VARIABLE})
     */
    public static GenreSet genreSet(Params p, Map<String, String> env, Path repoRoot, Path cacheDir) {
        var chosen = Copy.choose(MUSEMO_VARIABLE, Musemo.NAME, p, env, repoRoot);
        if (chosen.dir().isEmpty()) {
            return new GenreSet(Optional.empty(), "no separate genre set (" + chosen.why()
                    + "): cross-data transfer skipped");
        }
        Path dir = chosen.dir().get();
        var ds = Musemo.load(dir);
        Map<String, String> track = new LinkedHashMap<>();
        ds.tracks().forEach(c -> track.put(c.id(), c.track()));
        var clips = build(Musemo.NAME, "musemo (GTZAN fragments) from " + chosen.why() + ": " + ds.summary(), ds,
                MusemoClip::targets, Musemo.TARGETS, Grouping.of("GTZAN track", track), track::get, cacheDir, dir);
        return new GenreSet(Optional.of(clips), clips.source() + ", " + clips.genres().size() + " genres, grouped by "
                + clips.grouping() + " (GTZAN names no artists)");
    }

    /**
     * The separate genre set a trunk is pretrained on, if there is one.
     *
     * @param source one line: which copy and why, or why there is none
     */
    public record GenreSet(Optional<Clips> clips, String source) {
    }

    /** A dataset folder chosen by the one dataset rule, or none, and why. */
    private record Copy(Optional<Path> dir, String why) {

        /** The folder in {@code variable}, else {@code data/raw/<name>/} if it exists outside smoke mode, else none. */
        static Copy choose(String variable, String name, Params p, Map<String, String> env, Path repoRoot) {
            Optional<Path> named = Optional.ofNullable(env.get(variable)).filter(v -> !v.isBlank()).map(Path::of);
            if (named.isPresent()) {
                return new Copy(named, variable + "=" + named.get());
            }
            Path raw = repoRoot.resolve("data").resolve("raw").resolve(name);
            if (!p.smoke() && Files.isDirectory(raw)) {
                return new Copy(Optional.of(raw), raw + " (" + variable + " unset)");
            }
            return new Copy(Optional.empty(), variable + " unset" + (p.smoke() ? ", smoke mode" : ", no " + raw));
        }
    }

    static Clips musifeast(LoadedDataset<Musifeast17Clip> ds, String source, Path cacheDir, Path root) {
        Map<String, String> artist = new LinkedHashMap<>();
        ds.tracks().forEach(c -> artist.put(c.id(), c.artist()));
        return build(Musifeast17.NAME, source, ds, Musifeast17Clip::targets, Musifeast17.TARGETS,
                Grouping.of("artist", artist), artist::get, cacheDir, root);
    }

    static Clips emotify(LoadedDataset<EmotifyTrack> ds, String dataset, String source, Path cacheDir, Path root) {
        return build(dataset, source, ds,
                t -> EMOTIFY_TASKS.stream().mapToDouble(t::fraction).toArray(),
                EMOTIFY_TASKS.stream().map(Gems::label).toList(), Grouping.TRACK, id -> id, cacheDir, root);
    }

    private static <T extends Track> Clips build(String dataset, String source, LoadedDataset<T> ds,
                                                 Function<T, double[]> targetsOf, List<String> targetNames,
                                                 Grouping grouping, Function<String, String> groupOf, Path cacheDir,
                                                 Path root) {
        List<Path> files = ds.tracks().stream().map(Track::audio).toList();
        MapFeatures features = MapFeatures.of(files, cacheDir, Math.max(1, Runtime.getRuntime()
                .availableProcessors()), f -> { });
        List<String> genres = List.copyOf(new TreeSet<>(ds.tracks().stream().map(Track::genre).toList()));
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Integer> genre = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        List<FeatureMaps> maps = new ArrayList<>();
        for (T t : ds.tracks()) {
            FeatureMaps m = features.maps().get(t.audio());
            if (m == null) {
                continue;
            }
            ids.add(t.id());
            groups.add(groupOf.apply(t.id()));
            genre.add(genres.indexOf(t.genre()));
            targets.add(targetsOf.apply(t));
            maps.add(m);
        }
        List<String> skipped = features.skipped().stream().map(s -> s.file() + ": " + s.reason()).toList();
        String print = Fingerprint.ofFiles(root, files);
        return new Clips(dataset, source, List.copyOf(ids), List.copyOf(groups),
                genre.stream().mapToInt(Integer::intValue).toArray(), genres, targets.toArray(double[][]::new),
                List.copyOf(targetNames), List.copyOf(maps), grouping, skipped, print);
    }
}

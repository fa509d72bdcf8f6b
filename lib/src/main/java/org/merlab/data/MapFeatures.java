package org.merlab.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.merlab.audio.Audio;
import org.merlab.features.BatchExtractor;
import org.merlab.features.FeatureCache;
import org.merlab.features.FeatureMaps;

/**
 * The {@link FeatureMaps} (mel dB, chroma, beats) of the first {@value #SECONDS} s of each audio file, built in
 * parallel through a {@link FeatureCache} keyed by the audio's SHA-256 and {@link #SIGNATURE}; delete the cache folder
 * to rebuild. A file that does not decode is listed as skipped, not fatal.
 *
 * <p>Cache entry layout (one rectangular matrix per file): rows {@code 0..nMels-1} the scaled mel map, the next 12
 * the scaled chroma, the last the beat frames padded with -1.
 *
 * @param maps      per file, in input order, those extracted
 * @param skipped   files that could not be read or decoded, and why
 * @param cacheHits files read from the cache
 * @param seconds   wall time of the build
 */
public record MapFeatures(Map<Path, FeatureMaps> maps, List<BatchExtractor.Skipped> skipped, int cacheHits,
                          double seconds) {

    /** Every clip is cut to its first 30 s (MUSIFEAST-17's length; Emotify's one-minute excerpts are cut). */
    public static final double SECONDS = 30;
    public static final int N_MELS = 64;
    public static final String SIGNATURE = "maps/1 librosa-0.10.2 sr=22050 n_fft=2048 hop=512 first=30s n_mels="
            + N_MELS + " mel=(power_to_db(ref=1,top_db=80)+40)/20 chroma_stft=2c-1 beat_track(default)";

    /**
     * @param cacheDir   cache folder, or null for none
     * @param onFileDone called once per file, from worker threads (e.g. a progress bar)
     */
    public static MapFeatures of(List<Path> files, Path cacheDir, int threads, Consumer<Path> onFileDone) {
        long start = System.nanoTime();
        var cache = cacheDir == null ? null : new FeatureCache(cacheDir);
        var result = BatchExtractor.run(files, file -> encode(FeatureMaps.of(
                Audio.load(file, Audio.DEFAULT_SR, 0, SECONDS).samples(), Audio.DEFAULT_SR, N_MELS)),
                SIGNATURE, cache, threads, onFileDone);
        Map<Path, FeatureMaps> maps = new LinkedHashMap<>();
        result.rows().forEach((file, rows) -> maps.put(file, decode(rows)));
        return new MapFeatures(maps, result.skipped(), result.cacheHits(), (System.nanoTime() - start) / 1e9);
    }

    static double[][] encode(FeatureMaps m) {
        int frames = m.mel()[0].length;
        double[][] rows = new double[N_MELS + 13][frames];
        for (int r = 0; r < N_MELS; r++) {
            for (int t = 0; t < frames; t++) {
                rows[r][t] = m.mel()[r][t];
            }
        }
        for (int r = 0; r < 12; r++) {
            for (int t = 0; t < frames; t++) {
                rows[N_MELS + r][t] = m.chroma()[r][t];
            }
        }
        Arrays.fill(rows[N_MELS + 12], -1);
        for (int b = 0; b < m.beats().length; b++) {
            rows[N_MELS + 12][b] = m.beats()[b];
        }
        return rows;
    }

    static FeatureMaps decode(double[][] rows) {
        int frames = rows[0].length;
        float[][] mel = new float[N_MELS][frames];
        float[][] chroma = new float[12][frames];
        for (int t = 0; t < frames; t++) {
            for (int r = 0; r < N_MELS; r++) {
                mel[r][t] = (float) rows[r][t];
            }
            for (int r = 0; r < 12; r++) {
                chroma[r][t] = (float) rows[N_MELS + r][t];
            }
        }
        int[] beats = Arrays.stream(rows[N_MELS + 12]).filter(b -> b >= 0).mapToInt(b -> (int) b).toArray();
        return new FeatureMaps(mel, chroma, beats);
    }
}

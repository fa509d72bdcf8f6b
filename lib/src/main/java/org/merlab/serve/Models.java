package org.merlab.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.merlab.bundle.BundleException;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.TextRecipe;

/**
 * The model bundles a server offers, by name: every bundle directory (one holding {@value ModelBundle#MANIFEST}) and
 * every {@code .zip} in a folder, named by its file name without {@code .zip}; or one bundle given directly. Bundles
 * that cannot be read, or whose names are not {@linkplain #isValidName valid}, are skipped and listed.
 */
public final class Models {

    /** 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit: never a path. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** What {@link #isValidName} accepts, in words, for error messages. */
    public static final String NAME_RULE = "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /** A bundle offered under {@code name}. */
    public record Model(String name, Path source, ModelBundle bundle) {
    }

    /** A bundle that is not offered, and why. */
    public record Skipped(Path source, String reason) {
    }

    private final Map<String, Model> models;
    private final List<Skipped> skipped;

    private Models(Map<String, Model> models, List<Skipped> skipped) {
        this.models = models;
        this.skipped = List.copyOf(skipped);
    }

    /**
     * The bundles in {@code dir}, or the one bundle {@code dir} is, in name order.
     *
     * @throws ServeException if {@code dir} is neither a folder nor a bundle, or holds no usable bundle (the message
     *                        lists what was skipped)
     */
    public static Models load(Path dir) {
        List<Path> candidates;
        if (isBundle(dir)) {
            candidates = List.of(dir);
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                candidates = entries.filter(Models::isBundle).sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException e) {
                throw new ServeException("cannot list the models folder " + dir + ": " + e.getMessage(), e);
            }
        } else {
            throw new ServeException("no models folder or bundle at " + dir);
        }
        Map<String, Model> models = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path source : candidates) {
            String name = nameOf(source);
            if (!isValidName(name)) {
                skipped.add(new Skipped(source, "the name '" + name + "' is not a valid model name (" + NAME_RULE
                        + ")"));
            } else if (models.containsKey(name)) {
                skipped.add(new Skipped(source, "the name '" + name + "' is already taken by "
                        + models.get(name).source()));
            } else {
                try {
                    models.put(name, new Model(name, source, ModelBundle.read(source)));
                } catch (BundleException e) {
                    skipped.add(new Skipped(source, e.getMessage()));
                }
            }
        }
        if (models.isEmpty()) {
            StringBuilder message = new StringBuilder("no usable model bundle in " + dir
                    + " (bundles are folders with " + ModelBundle.MANIFEST + " or .zip files, from 'merlab train')");
            skipped.forEach(s -> message.append("\n  skipped ").append(s.source()).append(": ").append(s.reason()));
            throw new ServeException(message.toString());
        }
        return new Models(models, skipped);
    }

    /** Whether {@code name} may name a model: {@link #NAME_RULE}. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The model called {@code name}, if there is one. */
    public Optional<Model> find(String name) {
        return Optional.ofNullable(models.get(name));
    }

    /** Every model offered, in name order. */
    public List<Model> all() {
        return List.copyOf(models.values());
    }

    /** The models that take audio (the work queue's: emotion and valence/arousal models), in name order. */
    public List<Model> audio() {
        return models.values().stream().filter(m -> !(m.bundle().recipe() instanceof TextRecipe)).toList();
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    private static boolean isBundle(Path path) {
        return Files.isRegularFile(path.resolve(ModelBundle.MANIFEST))
                || Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip");
    }

    private static String nameOf(Path source) {
        String file = source.toAbsolutePath().normalize().getFileName().toString();
        return file.endsWith(".zip") ? file.substring(0, file.length() - ".zip".length()) : file;
    }
}

package org.merlab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Versions of merlab and the libraries its results depend on, read from the classpath (no network, no Maven):
 * a jar's {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}, else the {@code Implementation-Version} in the
 * manifest of the jar holding a marker class (Smile ships only the latter), else {@value #UNKNOWN}.
 */
public final class Versions {

    /** Shown for a library that is absent or carries no version. */
    public static final String UNKNOWN = "unknown";

    private record Library(String name, String group, String artifact, String markerClass) {
    }

    private static final Library[] LIBRARIES = {
        new Library("deeplearning4j", "org.deeplearning4j", "deeplearning4j-nn",
                "org.deeplearning4j.nn.multilayer.MultiLayerNetwork"),
        new Library("nd4j", "org.nd4j", "nd4j-api", "org.nd4j.linalg.factory.Nd4j"),
        new Library("smile", "com.github.haifengl", "smile-core", "smile.classification.RandomForest"),
        new Library("tablesaw", "tech.tablesaw", "tablesaw-core", "tech.tablesaw.api.Table"),
        new Library("xchart", "org.knowm.xchart", "xchart", "org.knowm.xchart.XYChart"),
    };

    private Versions() {
    }

    /** merlab's own version, filtered into {@code org/merlab/merlab.properties} at build time. */
    public static String merlab() {
        return version("org/merlab/merlab.properties");
    }

    /** Each library results depend on (deeplearning4j, nd4j, smile, tablesaw, xchart), name -> version. */
    public static Map<String, String> libraries() {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Library library : LIBRARIES) {
            versions.put(library.name(), of(library));
        }
        return Collections.unmodifiableMap(versions);
    }

    /** merlab first, then {@link #libraries()}. */
    public static Map<String, String> all() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("merlab", merlab());
        versions.putAll(libraries());
        return Collections.unmodifiableMap(versions);
    }

    /** "25.0.1 (Eclipse Adoptium)": the running JDK's version and vendor. */
    public static String jdk() {
        return Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
    }

    private static String of(Library library) {
        String fromPom = version("META-INF/maven/" + library.group() + "/" + library.artifact() + "/pom.properties");
        if (!fromPom.equals(UNKNOWN)) {
            return fromPom;
        }
        try {
            Package p = Class.forName(library.markerClass(), false, Versions.class.getClassLoader()).getPackage();
            String fromManifest = p == null ? null : p.getImplementationVersion();
            return fromManifest == null ? UNKNOWN : fromManifest;
        } catch (ClassNotFoundException e) {
            return UNKNOWN;
        }
    }

    /** The {@code version} property of a classpath resource, or {@value #UNKNOWN} if there is none. */
    private static String version(String resource) {
        try (InputStream in = Versions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", UNKNOWN).strip();
            // An unfiltered ${project.version} means the resource was copied without Maven: no version known.
            return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the classpath", e);
        }
    }
}

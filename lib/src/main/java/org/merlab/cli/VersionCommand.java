package org.merlab.cli;

import java.util.ArrayList;
import java.util.List;

import org.merlab.report.Versions;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code merlab version} (and {@code merlab --version}): merlab's version, the JDK, and the versions of the
 * libraries results depend on, looked up as {@link org.merlab.report.Provenance} records them.
 */
@Command(name = "version", description = "Print merlab, JDK and library versions.")
public final class VersionCommand implements Runnable, IVersionProvider {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        lines().forEach(spec.commandLine().getOut()::println);
    }

    @Override
    public String[] getVersion() {
        return lines().toArray(String[]::new);
    }

    /** "merlab 0.1.0-SNAPSHOT", "JDK 25.0.1+8-LTS (Eclipse Adoptium)", then one "name version" line a library. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("merlab " + Versions.merlab());
        lines.add("JDK " + Versions.jdk());
        Versions.libraries().forEach((name, version) -> lines.add("  " + name + " " + version));
        return lines;
    }
}

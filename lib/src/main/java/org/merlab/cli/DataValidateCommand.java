package org.merlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.merlab.data.DatasetException;
import org.merlab.data.DatasetIndex;
import org.merlab.data.EmotifyIndex;
import org.merlab.data.IndexCheck;
import org.merlab.notebook.Params;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merlab data validate DIR}: compares a dataset copy with a checksum index ({@link DatasetIndex#validate}) and
 * prints one line per missing, changed or extra file, then a summary. Exit code 0 when the copy is exactly the indexed
 * one, 1 when a file is missing, changed or extra, 2 when the index or the folder cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Check a dataset copy file by file against a checksum index (size and SHA-256 of every file it lists).",
        "Prints each missing, changed (size or SHA-256 differs) and extra (not indexed) file, then a summary.",
        "Exit code: 0 the copy is the indexed one, 1 a file is missing, changed or extra, 2 cannot read index or DIR."})
public final class DataValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the dataset folder, e.g. data/raw/emotify")
    private Path dir;

    @Option(names = "--index", paramLabel = "FILE",
            description = "checksum index (default: data/indexes/emotify.tsv of this checkout, the full Emotify set)")
    private Path index;

    @Override
    public Integer call() {
        Path indexFile = index == null ? Params.repoRoot().resolve(EmotifyIndex.DEFAULT) : index;
        PrintWriter out = spec.commandLine().getOut();
        IndexCheck check;
        try {
            DatasetIndex reference = DatasetIndex.read(indexFile);
            out.println("index " + indexFile + ": " + reference.entries().size() + " files, "
                    + reference.tracks().size() + " of them tracks");
            check = reference.validate(dir);
        } catch (DatasetException e) {
            out.flush();
            spec.commandLine().getErr().println("merlab data validate: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        check.problems().forEach(out::println);
        out.println(check.summary());
        out.println(check.ok() ? "OK: the copy is the indexed one" : "FAILED: the copy differs from the index");
        out.flush();
        return check.ok() ? 0 : 1;
    }
}

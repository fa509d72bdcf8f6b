package org.merlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.merlab.data.DatasetException;
import org.merlab.data.Emotify;
import org.merlab.data.EmotifyIndex;
import org.merlab.notebook.Params;
import org.merlab.notebook.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merlab data index DIR}: builds the checksum index of an Emotify copy ({@link EmotifyIndex#build}) and writes
 * it atomically. Writes nothing and exits 1 when an annotated track has no audio or an audio file does not decode,
 * listing each: an index describes a complete copy. Exit code 2 when the annotations cannot be read.
 */
@Command(name = "index", mixinStandardHelpOptions = true, description = {
        "Build the checksum index of an Emotify copy: size and SHA-256 of its annotation file and of every track's",
        "audio, and each track's duration as merlab decodes it (22050 Hz). Refuses to write an incomplete index:",
        "exit code 1 if a track has no audio or does not decode (each is listed), 2 if the annotations are unreadable."})
public final class DataIndexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the Emotify folder, e.g. data/raw/emotify")
    private Path dir;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the index (default: data/indexes/emotify.tsv of this checkout)")
    private Path out;

    @Override
    public Integer call() {
        Path target = out == null ? Params.repoRoot().resolve(EmotifyIndex.DEFAULT) : out;
        PrintWriter err = spec.commandLine().getErr();
        EmotifyIndex.Built built;
        try (Progress progress = Progress.start("index " + dir, Emotify.loadDirectory(dir).tracks().size())) {
            built = EmotifyIndex.build(dir, file -> progress.step());
        } catch (DatasetException e) {
            err.println("merlab data index: " + e.getMessage());
            err.flush();
            return 2;
        }
        built.missingAudio().forEach(id -> err.println("no audio for track " + id));
        built.undecodable().forEach(f -> err.println("cannot decode " + f.file() + ": " + f.reason()));
        if (!built.complete()) {
            err.println("merlab data index: not written: " + built.missingAudio().size() + " tracks without audio, "
                    + built.undecodable().size() + " undecodable");
            err.flush();
            return 1;
        }
        built.index().write(target);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + target + ": " + built.index().entries().size() + " files, "
                + built.index().tracks().size() + " of them tracks");
        stdout.flush();
        return 0;
    }
}

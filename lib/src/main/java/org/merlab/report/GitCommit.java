package org.merlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a working tree has checked out, read from the files under {@code .git} (HEAD, loose refs,
 * packed-refs) without spawning git, so it works where git is not installed and costs a few small reads.
 * Understands plain repositories and linked worktrees ({@code .git} file with {@code gitdir:} and
 * {@code commondir}). Whether the tree is dirty is not reported: that needs git's index, which is not cheap to read.
 */
public final class GitCommit {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCommit() {
    }

    /** The full hash of HEAD of the repository containing {@code start} (or an ancestor), if there is one. */
    public static Optional<String> of(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.exists(dotGit)) {
                return read(dotGit);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> read(Path dotGit) {
        try {
            Path gitDir = dotGit;
            if (Files.isRegularFile(dotGit)) {
                String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                if (!pointer.startsWith("gitdir:")) {
                    return Optional.empty();
                }
                gitDir = dotGit.resolveSibling(pointer.substring("gitdir:".length()).strip());
            }
            Path commonFile = gitDir.resolve("commondir");
            Path commonDir = Files.isRegularFile(commonFile)
                    ? gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).strip()).normalize()
                    : gitDir;
            String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            if (!head.startsWith("ref:")) {
                return sha(head);
            }
            return resolve(head.substring("ref:".length()).strip(), gitDir, commonDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the git commit from " + dotGit, e);
        }
    }

    /** A ref's hash: per-worktree loose ref, then the shared loose ref, then packed-refs. */
    private static Optional<String> resolve(String ref, Path gitDir, Path commonDir) throws IOException {
        for (Path loose : List.of(gitDir.resolve(ref), commonDir.resolve(ref))) {
            if (Files.isRegularFile(loose)) {
                return sha(Files.readString(loose, StandardCharsets.UTF_8).strip());
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return sha(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sha(String text) {
        return SHA.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}

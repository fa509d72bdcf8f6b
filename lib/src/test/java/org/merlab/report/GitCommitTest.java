package org.merlab.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GitCommitTest {

    private static final String A = "0123456789abcdef0123456789abcdef01234567";
    private static final String B = "fedcba9876543210fedcba9876543210fedcba98";

    @Test
    void looseBranchRefFromASubdirectory(@TempDir Path repo) throws Exception {
        write(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(repo.resolve(".git/refs/heads/main"), A + "\n");
        Path notebooks = Files.createDirectories(repo.resolve("notebooks/figures"));
        assertEquals(Optional.of(A), GitCommit.of(notebooks));
    }

    @Test
    void packedRefWhenNoLooseRef(@TempDir Path repo) throws Exception {
        write(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(repo.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + B + " refs/heads/other\n" + A + " refs/heads/main\n");
        assertEquals(Optional.of(A), GitCommit.of(repo));
    }

    @Test
    void detachedHead(@TempDir Path repo) throws Exception {
        write(repo.resolve(".git/HEAD"), B + "\n");
        assertEquals(Optional.of(B), GitCommit.of(repo));
    }

    @Test
    void linkedWorktreeReadsSharedRefsThroughCommondir(@TempDir Path tmp) throws Exception {
        Path common = tmp.resolve("main/.git");
        write(common.resolve("refs/heads/nb"), A + "\n");
        Path gitDir = common.resolve("worktrees/wt-nb");
        write(gitDir.resolve("HEAD"), "ref: refs/heads/nb\n");
        write(gitDir.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(tmp.resolve("wt-nb"));
        write(worktree.resolve(".git"), "gitdir: " + gitDir + "\n");
        assertEquals(Optional.of(A), GitCommit.of(worktree));
    }

    @Test
    void unbornBranchOrNoRepositoryIsEmpty(@TempDir Path tmp) throws Exception {
        Path fresh = tmp.resolve("fresh");
        write(fresh.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertEquals(Optional.empty(), GitCommit.of(fresh));
        // @TempDir lies under /tmp, outside any repository.
        assertEquals(Optional.empty(), GitCommit.of(Files.createDirectory(tmp.resolve("plain"))));
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

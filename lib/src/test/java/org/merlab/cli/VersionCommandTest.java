package org.merlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.report.Versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VersionCommandTest {

    @Test
    void versionSubcommandAndOptionPrintTheSameLines() {
        List<String> expected = List.of(
                "merlab " + Versions.merlab(),
                "JDK " + Versions.jdk(),
                "  deeplearning4j " + Versions.libraries().get("deeplearning4j"),
                "  nd4j " + Versions.libraries().get("nd4j"),
                "  smile " + Versions.libraries().get("smile"),
                "  tablesaw " + Versions.libraries().get("tablesaw"),
                "  xchart " + Versions.libraries().get("xchart"));
        assertEquals(expected, run("version"));
        assertEquals(expected, run("--version"));
    }

    private static List<String> run(String... args) {
        StringWriter out = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute(args);
        assertEquals(0, exit);
        return out.toString().lines().toList();
    }
}

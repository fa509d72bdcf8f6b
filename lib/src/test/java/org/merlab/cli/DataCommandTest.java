package org.merlab.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCommandTest {

    @Test
    void withoutASubcommandItListsValidateAndIndex() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.execute("data"));
        String out = cli.out.toString();
        assertTrue(out.contains("Usage: merlab data"), out);
        assertTrue(out.contains("validate") && out.contains("index"), out);
    }
}

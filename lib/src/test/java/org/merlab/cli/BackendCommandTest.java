package org.merlab.cli;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.train.Backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackendCommandTest {

    @Test
    void printsTheBackendAsProvenanceRecordsIt() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.execute("backend"));
        Backend b = Backend.current();
        assertEquals(List.of("kind cpu", "nd4j " + b.nd4j(), "device " + b.device(), "helpers " + b.helpers()),
                cli.out.toString().lines().toList());
    }
}

package org.merlab.cli;

import org.merlab.train.Backend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code merlab backend}: the ND4J backend training runs on, as provenance records it (cpu or cuda, ND4J's backend
 * class, the processor or GPU, oneDNN/cuDNN helpers). The build is chosen by {@code MERLAB_BACKEND}.
 */
@Command(name = "backend", description = {"Print the ND4J backend and device training runs on (MERLAB_BACKEND=cpu|cuda picks the build)."})
public final class BackendCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Backend.current().asMap().forEach((key, value) -> spec.commandLine().getOut().println(key + " " + value));
    }
}

package org.merlab.train;

import java.util.Locale;

/**
 * Names the setting to raise when a run runs out of memory. {@code environment/jvm.conf} bounds the Java heap
 * ({@code MERLAB_HEAP}), ND4J's off-heap buffers ({@code MERLAB_OFFHEAP}, JavaCPP's {@code maxbytes}) and the whole
 * process ({@code MERLAB_MAXRSS}, JavaCPP's {@code maxphysicalbytes}), and passes the values on as {@code merlab.*}
 * system properties, so the message can say what they are now.
 */
public final class MemoryLimits {

    private MemoryLimits() {
    }

    /** The same error with a message that says which limit was hit and how to raise it; the original is its cause. */
    public static OutOfMemoryError explain(OutOfMemoryError e) {
        String message = String.valueOf(e.getMessage());
        // JavaCPP says "Cannot allocate new XPointer(n): ..." and gives the limit that was hit as the cause.
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(t.getMessage()).append('\n');
        }
        String lower = chain.toString().toLowerCase(Locale.ROOT);
        String variable;
        String setting;
        if (lower.contains("physical memory") || lower.contains("maxphysicalbytes")) {
            variable = "MERLAB_MAXRSS";
            setting = "the whole process, JavaCPP's maxphysicalbytes; now " + value("merlab.maxrss");
        } else if (lower.contains("cannot allocate") || lower.contains("maxbytes")) {
            variable = "MERLAB_OFFHEAP";
            setting = "ND4J's native buffers, JavaCPP's maxbytes; now " + value("merlab.offheap");
        } else {
            variable = "MERLAB_HEAP";
            setting = "the Java heap; now " + value("merlab.heap");
        }
        var explained = new OutOfMemoryError(message + " -- merlab ran out of memory: raise " + variable + " ("
                + setting + ") in the environment, e.g. " + variable + "=12g ./merlab ..., or for notebooks before"
                + " `make install` (environment/jvm.conf holds the defaults, sized to this machine's RAM)");
        explained.initCause(e);
        return explained;
    }

    private static String value(String property) {
        return System.getProperty(property, "unset: the JVM was not started by a merlab launcher");
    }
}

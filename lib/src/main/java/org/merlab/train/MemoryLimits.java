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
        String lower = message.toLowerCase(Locale.ROOT);
        String setting;
        if (lower.contains("physical memory") || lower.contains("maxphysicalbytes")) {
            setting = "MERLAB_MAXRSS (the whole process, JavaCPP's maxphysicalbytes; now "
                    + value("merlab.maxrss") + ")";
        } else if (lower.contains("cannot allocate") || lower.contains("maxbytes")) {
            setting = "MERLAB_OFFHEAP (ND4J's native buffers, JavaCPP's maxbytes; now " + value("merlab.offheap")
                    + ")";
        } else {
            setting = "MERLAB_HEAP (the Java heap; now " + value("merlab.heap") + ")";
        }
        var explained = new OutOfMemoryError(message + " -- merlab ran out of memory: raise " + setting
                + " in the environment, e.g. MERLAB_HEAP=6g ./merlab ..., or for notebooks before `make install`"
                + " (environment/jvm.conf holds the defaults, sized to this machine's RAM)");
        explained.initCause(e);
        return explained;
    }

    private static String value(String property) {
        return System.getProperty(property, "unset: the JVM was not started by a merlab launcher");
    }
}

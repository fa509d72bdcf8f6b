package org.merlab.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Keeps SameDiff's "Added differentiated op NAME" lines out of standard output. ND4J 1.0.0-M2.1 prints one with
 * {@code System.out.println} (not its logger, so no logging setting can silence it) for every op the first time
 * it builds a SameDiff layer's gradient: about 20 lines in the middle of a notebook's training output.
 *
 * <p>While {@link #silenced} runs, standard output passes through a filter that drops exactly those lines; every
 * other byte goes through at once (a line is held back only while it still reads as a prefix of the chatter), so
 * progress lines and other threads' output are unaffected.
 */
final class SameDiffChatter extends OutputStream {

    static final String PREFIX = "Added differentiated op ";
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    /** Bytes of the current line matched against {@link #PREFIX}; -1 once the line is known to be passed through. */
    private int matched;
    private boolean dropping;

    SameDiffChatter(OutputStream out) {
        this.out = out;
    }

    /** Runs {@code body} with SameDiff's chatter dropped from {@code System.out}, which is restored afterwards. */
    static <T> T silenced(Supplier<T> body) {
        PrintStream original = System.out;
        var filter = new SameDiffChatter(original);
        System.setOut(new PrintStream(filter, true, original.charset()));
        try {
            return body.get();
        } finally {
            System.out.flush();
            System.setOut(original);
            filter.release();
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (dropping) {
            dropping = b != '\n';
        } else if (matched < 0) {
            out.write(b);
            if (b == '\n') {
                matched = 0;
            }
        } else if (b == PREFIX_BYTES[matched]) {
            if (++matched == PREFIX_BYTES.length) {
                dropping = true;
                matched = 0;
            }
        } else {
            out.write(PREFIX_BYTES, 0, matched);
            out.write(b);
            matched = b == '\n' ? 0 : -1;
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    /** Writes out a held-back line start that never became chatter. */
    private synchronized void release() {
        if (matched > 0) {
            try {
                out.write(PREFIX_BYTES, 0, matched);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        matched = 0;
    }
}

package org.merlab.serve;

import java.util.Map;

/**
 * A request the server answers with an error status and a JSON body {@code {"status", "error", "message"}}: bad
 * input, an unknown model, a full queue. Carries no stack trace; the message says what was wrong in the request.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;

    ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    ApiError(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    /** Extra response headers, e.g. {@code Retry-After}. */
    Map<String, String> headers() {
        return headers;
    }
}

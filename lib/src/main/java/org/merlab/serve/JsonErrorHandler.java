package org.merlab.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jetty's own error answers (a malformed request line, headers too large, an ambiguous path) in the API's JSON shape
 * ({@link Responses#error}) instead of Jetty's HTML page, which would show a stack trace for a servlet error.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String JSON_UTF8 = MimeTypes.Type.APPLICATION_JSON_UTF_8.asString();

    JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        response.setContentType(JSON_UTF8);
        response.getOutputStream().write(body(code, message));
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON_UTF8));
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String message) {
        String text = message == null || message.isBlank() ? "the request cannot be served" : message;
        return Responses.text(Responses.error(status, text)).getBytes(StandardCharsets.UTF_8);
    }
}

package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;

/** Jetty's refusals before a request reaches the API; the ones that reach a servlet are in {@link ServerTest}. */
class JsonErrorHandlerTest {

    @Test
    void aBadMessageIsAnsweredInTheApisJsonShape() {
        HttpFields.Mutable fields = HttpFields.build();
        ByteBuffer body = new JsonErrorHandler().badMessageError(431, "Request Header Fields Too Large", fields);
        assertEquals("{\"status\":431,\"error\":\"Request Header Fields Too Large\","
                + "\"message\":\"Request Header Fields Too Large\"}", StandardCharsets.UTF_8.decode(body).toString());
        assertEquals("application/json;charset=utf-8", fields.get(HttpHeader.CONTENT_TYPE));
    }
}

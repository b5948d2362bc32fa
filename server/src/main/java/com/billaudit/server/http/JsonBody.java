package com.billaudit.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;

import java.io.IOException;

/** A request's JSON body, read within a byte limit; a body that does not parse is a 400 that shows the shape expected. */
public final class JsonBody {
    private JsonBody() {
    }

    /**
     * @param shape what the body should look like, e.g. {@code {name, currency}}: the client is told it
     * @return the body, or null when it is the JSON {@code null}
     */
    public static <T> T read(ServerRequest req, ObjectMapper mapper, long maxBytes, Class<T> type, String shape) {
        try {
            return mapper.readValue(BoundedBody.read(req.content().inputStream(), maxBytes), type);
        } catch (IOException e) {
            throw new ApiException.BadRequest("The body must be JSON " + shape);
        }
    }
}

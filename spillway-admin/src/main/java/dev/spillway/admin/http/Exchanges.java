package dev.spillway.admin.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing responses and reading bodies, the same way for every endpoint. */
final class Exchanges {

    /** The largest request body read; a settings change is a few hundred bytes. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    static final String JSON = "application/json; charset=utf-8";

    private Exchanges() {
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void sendJson(HttpExchange exchange, int status, ObjectMapper mapper, Object body)
            throws IOException {
        send(exchange, status, JSON, mapper.writeValueAsBytes(body));
    }

    /** {@code {"error": message}} with {@code status}. */
    static void sendError(HttpExchange exchange, ObjectMapper mapper, int status, String message)
            throws IOException {
        ObjectNode body = mapper.createObjectNode().put("error", message);
        sendJson(exchange, status, mapper, body);
    }

    /** The request body as UTF-8, refusing bodies over {@link #MAX_BODY_BYTES}. */
    static String body(HttpExchange exchange) throws IOException, HttpFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_BODY_BYTES) {
                    throw new HttpFailure(413, "body larger than " + MAX_BODY_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The client's address and port, for logs. */
    static String remote(HttpExchange exchange) {
        return exchange.getRemoteAddress().getAddress().getHostAddress() + ":"
                + exchange.getRemoteAddress().getPort();
    }
}

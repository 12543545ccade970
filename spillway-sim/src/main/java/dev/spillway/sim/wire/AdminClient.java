package dev.spillway.sim.wire;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * The few calls to Spillway's admin HTTP API a comparison needs: switching the shedding mode
 * with {@code POST /api/shedding} (bearer token) and reading {@code GET /api/status}.
 */
public final class AdminClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /**
     * @param base e.g. {@code http://127.0.0.1:8143}; its host must be loopback unless
     *     {@code allowRemote}
     * @param token the admin bearer token ({@code admin.token})
     */
    public AdminClient(URI base, String token, boolean allowRemote) {
        this.base = Objects.requireNonNull(base, "base");
        this.token = Objects.requireNonNull(token, "token");
        if (base.getHost() == null) {
            throw new IllegalArgumentException("admin URL has no host: " + base);
        }
        Loopback.require(base.getHost(), allowRemote);
    }

    /** Sets shedding mode {@code off}, {@code observe}, {@code auto} or {@code always}. */
    public void mode(String mode) throws IOException {
        post("{\"mode\":\"" + mode + "\"}");
    }

    /** Clears any override: the configured settings apply again. */
    public void reset() throws IOException {
        post("{\"reset\":true}");
    }

    /** The body of {@code GET /api/status}. */
    public String status() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/status"))
                .timeout(TIMEOUT).GET().build();
        return send(request);
    }

    private void post(String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/shedding"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        send(request);
    }

    private String send(HttpRequest request) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted calling " + request.uri(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.method() + " " + request.uri().getPath()
                    + " answered " + response.statusCode() + ": " + clip(response.body()));
        }
        return response.body();
    }

    private static String clip(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}

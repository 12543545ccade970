package dev.spillway.admin.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.spillway.admin.Observability;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP endpoint on its own port, built on the JDK's {@code com.sun.net.httpserver}.
 *
 * <ul>
 *   <li>{@code GET /metrics}: Prometheus text exposition format 0.0.4.</li>
 *   <li>{@code GET /api/status}: JSON for the dashboard, see {@link StatusReport}.</li>
 *   <li>{@code POST /api/shedding}, {@code DELETE /api/shedding}: change or reset the shedding
 *       mode and limits; bearer token required, see {@link SheddingEndpoint}.</li>
 *   <li>{@code GET /}: the live dashboard, with its script, style and uPlot from the jar.</li>
 * </ul>
 *
 * <p>Two daemon threads serve requests; scrapes and dashboard polls are cheap and rare, and a
 * slow client cannot hold more than one of them. Not supported: TLS on this port, because it is
 * meant for loopback or a management network (the default {@code bind} is 127.0.0.1); put a
 * TLS-terminating proxy in front to expose it further.
 */
public final class AdminServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /**
     * The dashboard loads only its own files and talks only to this server; inline script and
     * foreign origins are refused.
     */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Observability observability;
    private final ObjectMapper mapper = new ObjectMapper();
    private final StatusReport status;
    private final SheddingEndpoint shedding;
    private final StaticFiles files = StaticFiles.load();

    private AdminServer(AdminOptions options, Observability observability) throws IOException {
        this.observability = observability;
        this.status = new StatusReport(observability, mapper, options.changesEnabled());
        this.shedding = new SheddingEndpoint(observability.policy(), options.token(), mapper,
                status);
        int port = options.port() == AdminOptions.EPHEMERAL_PORT ? 0 : options.port();
        server = HttpServer.create(new InetSocketAddress(options.bindAddress(), port), 0);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "spillway-admin-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Binds and starts serving.
     *
     * @throws IllegalArgumentException when {@code options} turn the endpoint off (port 0)
     * @throws IOException when the address cannot be bound
     */
    public static AdminServer start(AdminOptions options, Observability observability)
            throws IOException {
        Objects.requireNonNull(observability, "observability");
        if (!options.enabled()) {
            throw new IllegalArgumentException("admin.port is 0: the admin endpoint is off");
        }
        AdminServer admin = new AdminServer(options, observability);
        admin.server.start();
        LOG.info("admin endpoint listening on {} (changes {})", admin.url(),
                options.changesEnabled() ? "need the bearer token" : "disabled: no admin.token");
        return admin;
    }

    /** The bound address, with the real port when an ephemeral one was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The dashboard's address as bound, e.g. {@code http://127.0.0.1:8143/}. */
    public String url() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":"
                + address.getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops at once. Requests are short, and a grace delay would be waited out in full by any
     * idle keep-alive connection (a scraper's, a dashboard's).
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (HttpFailure failure) {
            Exchanges.sendError(exchange, mapper, failure.status(), failure.getMessage());
        } catch (IOException e) {
            // Usually the client went away mid-response; nothing to answer.
            LOG.debug("admin request from {} ended: {}", Exchanges.remote(exchange), e.toString());
            exchange.close();
        } catch (RuntimeException e) {
            LOG.error("admin request {} {} failed", exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), e);
            Exchanges.sendError(exchange, mapper, 500, "internal error; see the server log");
        }
    }

    private void route(HttpExchange exchange) throws IOException, HttpFailure {
        String path = exchange.getRequestURI().getPath();
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        if ("/api/shedding".equals(path)) {
            shedding.handle(exchange);
            return;
        }
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            throw new HttpFailure(405, method + " is not allowed on " + path);
        }
        if ("/metrics".equals(path)) {
            byte[] body = observability.metrics().scrape().getBytes(StandardCharsets.UTF_8);
            Exchanges.send(exchange, 200, METRICS_TYPE, body);
        } else if ("/api/status".equals(path)) {
            Exchanges.sendJson(exchange, 200, mapper, status.build());
        } else {
            StaticFiles.File file = files.get("/index.html".equals(path) ? "/" : path);
            if (file == null) {
                throw new HttpFailure(404, "no such page: " + clip(path));
            }
            Exchanges.send(exchange, 200, file.contentType(), file.body());
        }
    }


    private static String clip(String path) {
        return path.length() > 60 ? path.substring(0, 57) + "..." : path;
    }
}

package dev.spillway.admin.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/shedding} and {@code DELETE /api/shedding}: run-time changes to the shedding
 * mode and limits, as an override of the configured settings
 * ({@link ShedPolicy#override(PolicySettings, Duration)}). When the override ends, by expiry
 * or by {@code DELETE}, the configured settings apply again.
 *
 * <p>Only with {@code Authorization: Bearer <admin.token>}: 403 when no token is configured
 * (changes are then off), 401 when the header is missing or the token is wrong. Every change is
 * logged at INFO with the client's address and what changed; refusals at WARN, without a stack
 * trace, since they are the client's doing.
 */
final class SheddingEndpoint {

    /**
     * How long an override without {@code expiresIn} lasts: in practice until it is cleared.
     * {@link ShedPolicy} needs a finite time; a century is beyond any process's life.
     */
    static final Duration UNTIL_CLEARED = Duration.ofDays(36_525);

    private static final Logger LOG = LoggerFactory.getLogger(SheddingEndpoint.class);

    private final ShedPolicy policy;
    private final byte[] token;
    private final ObjectMapper mapper;
    private final StatusReport status;

    SheddingEndpoint(ShedPolicy policy, String token, ObjectMapper mapper, StatusReport status) {
        this.policy = policy;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.mapper = mapper;
        this.status = status;
    }

    void handle(HttpExchange exchange) throws IOException, HttpFailure {
        String method = exchange.getRequestMethod();
        if (!"POST".equals(method) && !"DELETE".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "POST, DELETE");
            throw new HttpFailure(405, "use POST to change shedding or DELETE to reset it");
        }
        authorize(exchange);
        SheddingChange change = "DELETE".equals(method)
                ? new SheddingChange(Map.of(), null, true)
                : SheddingChange.parse(Exchanges.body(exchange));
        String who = Exchanges.remote(exchange) + " (bearer token matched)";
        if (change.reset()) {
            reset(who);
        } else {
            apply(change, who);
        }
        Exchanges.sendJson(exchange, 200, mapper, status.build());
    }

    private void authorize(HttpExchange exchange) throws HttpFailure {
        if (token.length == 0) {
            LOG.warn("admin change refused from {}: admin.token is not set, so changes are off",
                    Exchanges.remote(exchange));
            throw new HttpFailure(403, "changes are disabled: admin.token is not configured");
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String prefix = "Bearer ";
        boolean matched = header != null && header.regionMatches(true, 0, prefix, 0,
                prefix.length()) && MessageDigest.isEqual(token,
                header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8));
        if (!matched) {
            LOG.warn("admin change refused from {}: {}", Exchanges.remote(exchange),
                    header == null ? "no Authorization header" : "wrong bearer token");
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"spillway\"");
            throw new HttpFailure(401, "a valid Authorization: Bearer token is required");
        }
    }

    private void apply(SheddingChange change, String who) throws HttpFailure {
        synchronized (policy) {
            PolicySettings before = policy.settings();
            PolicySettings after = change.applyTo(before);
            Duration ttl = change.expiresIn() == null ? UNTIL_CLEARED : change.expiresIn();
            policy.override(after, ttl);
            LOG.info("shedding changed through the admin API by {}: {}; {}", who,
                    describe(before, after),
                    change.expiresIn() == null ? "until reset"
                            : "for " + change.expiresIn().toString().substring(2).toLowerCase(
                                    Locale.ROOT) + ", then configured settings apply");
        }
    }

    private void reset(String who) {
        PolicySettings before = policy.settings();
        policy.clearOverride();
        LOG.info("shedding override reset through the admin API by {}: {}", who,
                describe(before, policy.settings()));
    }

    /** {@code mode auto -> always, backgroundCap 200 -> 100}, or {@code no change}. */
    static String describe(PolicySettings before, PolicySettings after) {
        List<String> changes = new ArrayList<>();
        diff(changes, "mode", before.mode(), after.mode());
        diff(changes, "backgroundCap", before.backgroundCap(), after.backgroundCap());
        diff(changes, "indexingCap", before.indexingCap(), after.indexingCap());
        diff(changes, "backFillCap", before.backFillCap(), after.backFillCap());
        diff(changes, "rate", before.rate(), after.rate());
        diff(changes, "burst", before.burst(), after.burst());
        diff(changes, "indexingYieldFraction", before.indexingYieldFraction(),
                after.indexingYieldFraction());
        return changes.isEmpty() ? "no change" : String.join(", ", changes);
    }

    private static void diff(List<String> changes, String name, Object before, Object after) {
        if (!before.equals(after)) {
            changes.add(name + " " + text(before) + " -> " + text(after));
        }
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT)
                : String.valueOf(value);
    }
}

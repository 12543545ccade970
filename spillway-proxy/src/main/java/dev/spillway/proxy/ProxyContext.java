package dev.spillway.proxy;

import dev.spillway.admin.Observability;
import dev.spillway.admin.metrics.SpillwayMetrics;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.transport.net.EventLoops;
import io.netty.handler.ssl.SslContext;

/**
 * What every session of one proxy shares. The capability list is replaced whenever a probe of
 * the backend succeeds.
 *
 * @param observability the shedding policy, metrics and recent shed decisions
 * @param serverTls client-facing TLS (implicit TLS and STARTTLS)
 * @param backendTls TLS towards backends, or null for {@code backend-security = none}
 */
record ProxyContext(
        ProxySettings settings,
        Observability observability,
        EventLoops loops,
        BackendPool pool,
        ProxyCounters counters,
        SslContext serverTls,
        SslContext backendTls,
        CapabilityCache capabilities,
        AdaptiveFeed adaptive) {

    ShedPolicy policy() {
        return observability.policy();
    }

    SpillwayMetrics metrics() {
        return observability.metrics();
    }
}

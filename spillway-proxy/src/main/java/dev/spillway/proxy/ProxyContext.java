package dev.spillway.proxy;

import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.transport.net.EventLoops;
import io.netty.handler.ssl.SslContext;

/**
 * What every session of one proxy shares. The capability list is replaced whenever a probe of
 * the backend succeeds.
 *
 * @param serverTls client-facing TLS (implicit TLS and STARTTLS)
 * @param backendTls TLS towards backends, or null for {@code backend-security = none}
 */
record ProxyContext(
        ProxySettings settings,
        ShedPolicy policy,
        EventLoops loops,
        BackendPool pool,
        ProxyCounters counters,
        SslContext serverTls,
        SslContext backendTls,
        CapabilityCache capabilities) {
}

package dev.spillway.proxy;

import dev.spillway.config.Config;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.transport.net.EventLoops;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts a proxy on ephemeral ports in front of a test backend. */
final class ProxyFixture implements AutoCloseable {

    final ImapProxy proxy;
    final BoundPorts ports;
    final ShedPolicy policy;

    private ProxyFixture(ImapProxy proxy, BoundPorts ports, ShedPolicy policy) {
        this.proxy = proxy;
        this.ports = ports;
        this.policy = policy;
    }

    /**
     * A proxy with the defaults, {@code proxy.backend-security = none} and the given setting
     * overrides (dotted path to text).
     */
    static ProxyFixture start(EventLoops loops, Path dataDir, String backend,
            PolicySettings shedding, Map<String, String> overrides) throws IOException {
        Map<String, String> flags = new HashMap<>();
        flags.put("proxy.backend", backend);
        flags.put("proxy.backend-security", "none");
        flags.put("data.dir", dataDir.toString());
        flags.putAll(overrides);
        Config config = Config.load(null, Map.of(), flags);
        ShedPolicy policy = new ShedPolicy(shedding);
        ProxySettings settings = ProxySettings.from(config)
                .withPorts(ProxySettings.EPHEMERAL, ProxySettings.EPHEMERAL);
        ImapProxy proxy = new ImapProxy(settings, policy, loops);
        return new ProxyFixture(proxy, proxy.start(), policy);
    }

    /** The proxy's {@code /metrics} text now. */
    MetricsText metrics() {
        return new MetricsText(proxy.observability().metrics().scrape());
    }

    ImapClient client() throws IOException {
        ImapClient client = ImapClient.connect(ports.imap());
        client.readLine();
        return client;
    }

    @Override
    public void close() {
        proxy.close();
    }
}

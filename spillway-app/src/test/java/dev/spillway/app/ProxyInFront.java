package dev.spillway.app;

import dev.spillway.config.Config;
import dev.spillway.policy.config.PolicySettingsMapper;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.proxy.BoundPorts;
import dev.spillway.proxy.ImapProxy;
import dev.spillway.proxy.ProxySettings;
import dev.spillway.transport.net.EventLoops;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code spillway proxy} with its default settings on ephemeral loopback ports, in front of
 * one backend on loopback that speaks plain IMAP.
 */
final class ProxyInFront implements AutoCloseable {
    private final ImapProxy proxy;
    private final BoundPorts ports;

    private ProxyInFront(ImapProxy proxy, BoundPorts ports) {
        this.proxy = proxy;
        this.ports = ports;
    }

    static ProxyInFront start(EventLoops loops, Path dataDir, int backendPort)
            throws IOException {
        Config config = Config.load(null, Map.of(), Map.of(
                "data.dir", dataDir.toString(),
                "proxy.backend", "127.0.0.1:" + backendPort,
                "proxy.backend-security", "none"));
        ProxySettings settings = ProxySettings.from(config)
                .withPorts(ProxySettings.EPHEMERAL, ProxySettings.EPHEMERAL);
        ShedPolicy policy = new ShedPolicy(PolicySettingsMapper.from(config));
        ImapProxy proxy = new ImapProxy(settings, policy, loops);
        return new ProxyInFront(proxy, proxy.start());
    }

    int imapPort() {
        return ports.imap();
    }

    int imapsPort() {
        return ports.imaps();
    }

    @Override
    public void close() {
        proxy.close();
    }
}

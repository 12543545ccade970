package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.admin.Observability;
import dev.spillway.admin.metrics.Role;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.config.Config;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.transport.net.EventLoops;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Construction only: nothing is bound and no backend is needed. */
class ImapProxyTest {

    private final ShedPolicy policy = new ShedPolicy(PolicySettings.defaults());
    private final Config config = Config.load(null, Map.of(),
            Map.of("proxy.backend", "127.0.0.1:1", "proxy.backend-security", "none"));
    private final EventLoops loops = new EventLoops(1);

    @AfterEach
    void close() {
        loops.close();
    }

    @Test
    void feedsTheObservabilityItIsGiven() {
        try (Observability observability = new Observability(policy, Role.PROXY);
                ImapProxy proxy = new ImapProxy(config, observability, loops)) {
            assertThat(proxy.observability()).isSameAs(observability);
            assertThat(proxy.stats().sessionsEnded()).containsOnlyKeys(SessionClass.values());
        }
    }

    @Test
    void makesItsOwnObservabilityFromAPolicy() {
        try (ImapProxy proxy = new ImapProxy(config, policy, loops)) {
            assertThat(proxy.observability().policy()).isSameAs(policy);
            assertThat(proxy.observability().metrics().role()).isEqualTo(Role.PROXY);
        }
    }

    @Test
    void refusesTheServersObservability() {
        try (Observability server = new Observability(policy, Role.SERVER)) {
            assertThatThrownBy(() -> new ImapProxy(config, server, loops))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("server");
        }
    }
}

package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.spillway.policy.shed.PolicySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code proxy.capability-refresh}: a Dovecot whose capability list changes while the proxy
 * runs (an extra {@code imap_capability} entry and a reload), as after an upgrade in place.
 */
class CapabilityRefreshTest {

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();
    @RegisterExtension
    static final EventLoopsExtension LOOPS = new EventLoopsExtension();

    /** A capability no Dovecot lists by itself. */
    private static final String EXTRA = "XSPILLWAY-REFRESH-TEST";
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    @AfterEach
    void restoreDovecot() throws Exception {
        DOVECOT.reconfigure("");
    }

    @Test
    void aChangedBackendListReachesNewSessionsAfterTheNextRefresh() throws Exception {
        try (ProxyFixture proxy = start("300ms")) {
            assertThat(greeting(proxy.ports.imap())).doesNotContain(EXTRA);

            changeDovecotsList();

            await().atMost(WITHIN).until(() -> greeting(proxy.ports.imap()).contains(EXTRA));
        }
    }

    @Test
    void withoutRefreshTheListProbedAtStartStays() throws Exception {
        try (ProxyFixture proxy = start("0")) {
            changeDovecotsList();

            // Long enough for several refreshes had one been scheduled at the interval above.
            Thread.sleep(1500);
            assertThat(greeting(proxy.ports.imap())).startsWith("* OK [CAPABILITY IMAP4rev1 ")
                    .doesNotContain(EXTRA);
        }
    }

    private ProxyFixture start(String refresh) throws IOException {
        return ProxyFixture.start(LOOPS.get(), dataDir, "127.0.0.1:" + DOVECOT.imapPort(),
                PolicySettings.defaults(), Map.of("proxy.capability-refresh", refresh));
    }

    /** Adds {@link #EXTRA} and returns once Dovecot's own greeting shows it. */
    private static void changeDovecotsList() throws Exception {
        DOVECOT.reconfigure("imap_capability = +" + EXTRA);
        await().atMost(WITHIN).until(() -> greeting(DOVECOT.imapPort()).contains(EXTRA));
    }

    private static String greeting(int port) throws IOException {
        try (ImapClient client = ImapClient.connect(port)) {
            return client.readLine();
        }
    }
}

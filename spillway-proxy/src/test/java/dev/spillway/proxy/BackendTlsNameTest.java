package dev.spillway.proxy;

import static dev.spillway.proxy.ProxyRelayTest.last;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.PolicySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code proxy.backend-tls-name}, as in front of a Dovecot on the same host: the proxy dials
 * 127.0.0.1 while Dovecot's certificates carry DNS names only. Dovecot's default certificate is
 * for {@value #DEFAULT_NAME}; it presents the one for {@value #MAIL_NAME} only to a client that
 * sends that name as SNI, so a login that works proves the name was both sent and verified.
 */
class BackendTlsNameTest {

    private static final String DEFAULT_NAME = "default.example.test";
    private static final String MAIL_NAME = "mail.example.test";

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension(DEFAULT_NAME, MAIL_NAME);
    @RegisterExtension
    static final EventLoopsExtension LOOPS = new EventLoopsExtension();

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"tls", "starttls"})
    void theConfiguredNameIsSentAndVerified(String security) throws Exception {
        try (ProxyFixture proxy = start(security, MAIL_NAME);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("a1", "LOGIN alice secret1"))).startsWith("a1 OK");
            assertThat(last(client.command("a2", "SELECT INBOX"))).startsWith("a2 OK");
        }
    }

    @Test
    void withoutANameTheAddressDialledIsCheckedAndDoesNotMatch() throws Exception {
        assertRefused(start("tls", ""));
    }

    @Test
    void aNameTheCertificateDoesNotCarryIsRefused() throws Exception {
        // No SNI match: Dovecot presents its default certificate, trusted but for another name.
        assertRefused(start("tls", "imap.example.test"));
    }

    private static void assertRefused(ProxyFixture started) throws IOException {
        try (ProxyFixture proxy = started; ImapClient client = proxy.client()) {
            assertThat(last(client.command("b1", "LOGIN alice secret1")))
                    .startsWith("b1 NO [UNAVAILABLE]");
            assertThat(proxy.metrics().value("spillway_backend_connect_failures_total",
                    "reason", "tls")).isEqualTo(1);
        }
    }

    private ProxyFixture start(String security, String tlsName) throws IOException {
        int port = security.equals("tls") ? DOVECOT.imapsPort() : DOVECOT.imapPort();
        Map<String, String> settings = new HashMap<>();
        settings.put("proxy.backend-security", security);
        settings.put("proxy.backend-ca", DOVECOT.certificate().toString());
        settings.put("proxy.backend-tls-name", tlsName);
        return ProxyFixture.start(LOOPS.get(), dataDir, "127.0.0.1:" + port,
                PolicySettings.defaults(), settings);
    }
}

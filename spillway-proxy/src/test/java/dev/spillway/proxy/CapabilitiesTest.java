package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapabilitiesTest {

    /** Columns: backend list | client on TLS | plaintext login allowed | logged in | result. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            IMAP4rev1 IDLE STARTTLS LOGINDISABLED | true  | true  | false | IMAP4rev1 IDLE ID
            IMAP4rev1 IDLE       | false | false | false | IMAP4rev1 IDLE ID STARTTLS LOGINDISABLED
            IMAP4rev1 COMPRESS=DEFLATE ID         | true  | true  | true  | \
            IMAP4rev1 ID COMPRESS=DEFLATE
            IMAP4rev1 compress=deflate LITERAL+   | true  | true  | false | IMAP4rev1 LITERAL+ ID
            IMAP4rev1 AUTH=PLAIN SASL-IR auth=login  | false | true  | false | \
            IMAP4rev1 AUTH=PLAIN SASL-IR auth=login ID STARTTLS
            IMAP4rev1 AUTH=PLAIN SASL-IR auth=login  | false | false | false | \
            IMAP4rev1 SASL-IR ID STARTTLS LOGINDISABLED
            IMAP4rev1 AUTH=PLAIN AUTH=SCRAM-SHA-256  | true  | false | false | \
            IMAP4rev1 ID LOGINDISABLED
            """)
    void filtersWhatCannotBeRelayedAndAddsTheProxysOwn(String backend, boolean tls,
            boolean plaintextOk, boolean loggedIn, String expected) {
        Capabilities capabilities = Capabilities.parse(backend);
        assertThat(capabilities.forClient(!tls, !plaintextOk, loggedIn)).isEqualTo(expected);
    }

    /** Columns: relayed line | what the client gets ({@code <none>}: unchanged). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            * CAPABILITY IMAP4rev1 COMPRESS=DEFLATE IDLE | \
            * CAPABILITY IMAP4rev1 IDLE ID COMPRESS=DEFLATE
            a1 OK [CAPABILITY IMAP4rev1 ID IDLE] Logged in | \
            a1 OK [CAPABILITY IMAP4rev1 ID IDLE COMPRESS=DEFLATE] Logged in
            a1 OK Logged in | <none>
            """)
    void rewritesRelayedCapabilityLists(String line, String expected) {
        String rewritten = Capabilities.rewrite(line, true);
        assertThat(rewritten == null ? "<none>" : rewritten).isEqualTo(expected);
    }
}

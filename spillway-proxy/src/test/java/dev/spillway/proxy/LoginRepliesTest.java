package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.admin.metrics.LoginOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginRepliesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a1 OK [CAPABILITY IMAP4rev1] Logged in                   | SUCCESS
            a1 ok Logged in                                          | SUCCESS
            a1 NO [AUTHENTICATIONFAILED] Authentication failed.      | FAILURE
            a1 NO Invalid credentials                                | FAILURE
            a1 NO [AUTHORIZATIONFAILED] Not allowed                  | FAILURE
            a1 NO [EXPIRED] Password expired                         | FAILURE
            a1 NO [UNAVAILABLE] Try again later                      | ERROR
            a1 no [serverbug] Internal error                         | ERROR
            a1 NO [PRIVACYREQUIRED] Use TLS                          | REFUSED
            a1 NO [UNAVAILABLE                                       | ERROR
            a1 NO [] Empty code                                      | FAILURE
            a1 BAD Invalid base64                                    | -
            a1 BAD [CLIENTBUG] Cancelled                             | -
            a1                                                       | -
            """)
    void tableOfBackendAnswers(String line, LoginOutcome expected) {
        assertThat(LoginReplies.outcome(new ResponseLine(line, true))).isEqualTo(expected);
    }
}

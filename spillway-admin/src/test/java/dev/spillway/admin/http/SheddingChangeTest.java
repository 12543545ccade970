package dev.spillway.admin.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheddingChangeTest {

    private static final PolicySettings BASE = PolicySettings.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"mode":"always"}                         | ALWAYS  | 200 | 20.0 | 0.5 | -
            {"mode":"observe","backgroundCap":5}      | OBSERVE | 5   | 20.0 | 0.5 | -
            {"mode":"off","expiresIn":"2h"}           | OFF     | 200 | 20.0 | 0.5 | PT2H
            {"rate":0,"indexingYieldFraction":1}      | AUTO    | 200 | 0.0  | 1.0 | -
            {"rate":2.5,"expiresIn":"90s"}            | AUTO    | 200 | 2.5  | 0.5 | PT1M30S
            {"backgroundCap":0,"burst":1}             | AUTO    | 0   | 20.0 | 0.5 | -
            """)
    void accepts(String body, ShedMode mode, int backgroundCap, double rate, double yield,
            String expiresIn) throws HttpFailure {
        SheddingChange change = SheddingChange.parse(body);
        PolicySettings settings = change.applyTo(BASE);

        assertThat(change.reset()).isFalse();
        assertThat(settings.mode()).isEqualTo(mode);
        assertThat(settings.backgroundCap()).isEqualTo(backgroundCap);
        assertThat(settings.rate()).isEqualTo(rate);
        assertThat(settings.indexingYieldFraction()).isEqualTo(yield);
        assertThat(change.expiresIn())
                .isEqualTo("-".equals(expiresIn) ? null : Duration.parse(expiresIn));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"mode":"always"`                 | body is not valid JSON
            `{"mode":"always"} {}`             | body is not valid JSON
            `{"mode":"always","mode":"off"}`   | body is not valid JSON
            `[]`                               | body must be a JSON object
            `"always"`                         | body must be a JSON object
            `{}`                               | nothing to change
            `{"mode":"sometimes"}`             | mode must be one of off, observe, auto, always
            `{"mode":"ALWAYS"}`                | mode must be one of
            `{"mode":1}`                       | mode must be one of
            `{"Mode":"always"}`                | unknown field "Mode"
            `{"cap":3}`                        | unknown field "cap"
            `{"backgroundCap":-1}`             | backgroundCap must not be negative
            `{"backgroundCap":1.5}`            | backgroundCap must be a whole number
            `{"backgroundCap":"5"}`            | backgroundCap must be a whole number
            `{"backgroundCap":99999999999}`    | backgroundCap must be a whole number
            `{"burst":0}`                      | burst must be at least 1
            `{"rate":"fast"}`                  | rate must be a number
            `{"rate":-1}`                      | rate must be 0 to
            `{"indexingYieldFraction":1.5}`    | indexingYieldFraction must be 0.0 to 1.0
            `{"expiresIn":"2 hours"}`          | expiresIn: '2 hours' is not a duration
            `{"expiresIn":"5"}`                | expiresIn: '5' needs a unit
            `{"expiresIn":"0"}`                | expiresIn must be longer than 0
            `{"expiresIn":7200}`               | expiresIn must be a string
            `{"reset":false}`                  | reset must be true
            `{"reset":true,"mode":"off"}`      | reset must come alone
            """)
    void rejects(String body, String message) {
        assertThatThrownBy(() -> SheddingChange.parse(body))
                .isInstanceOfSatisfying(HttpFailure.class, failure -> {
                    assertThat(failure.status()).isEqualTo(400);
                    assertThat(failure.getMessage()).contains(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"reset":true}`
            """)
    void acceptsReset(String body) throws HttpFailure {
        assertThat(SheddingChange.parse(body).reset()).isTrue();
    }
}

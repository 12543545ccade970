package dev.spillway.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    private static final PasswordHasher CHEAP = new PasswordHasher(new Argon2Settings(64, 1, 1));

    @Test
    void hashesInPhcFormWithTheDefaultParameters() {
        PasswordHasher hasher = new PasswordHasher(Argon2Settings.DEFAULT);

        String hash = hasher.hash("correct horse");

        assertThat(hash).matches(
                "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("correct horse", hash)).isTrue();
        assertThat(hasher.verify("correct horsE", hash)).isFalse();
    }

    @Test
    void saltsAreFreshForEveryHash() {
        assertThat(CHEAP.hash("pw")).isNotEqualTo(CHEAP.hash("pw"));
    }

    @Test
    void verifiesWithTheParametersStoredInTheHash() {
        String old = new PasswordHasher(new Argon2Settings(128, 3, 2)).hash("pw");

        assertThat(old).contains("$m=128,t=3,p=2$");
        assertThat(CHEAP.verify("pw", old)).isTrue();
    }

    @Test
    void matchesTheReferenceImplementationsTestVector() {
        // From the Argon2 reference implementation's tests: Argon2id, v=19, m=65536, t=2, p=1,
        // password "password", salt "somesalt".
        String phc = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$"
                + "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(CHEAP.verify("password", phc)).isTrue();
        assertThat(CHEAP.verify("passwore", phc)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHQ$abcdefghijklmnop",
        "$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHQ$abcdefghijklmnopqrstu",
        "$argon2id$v=19$m=64,t=0,p=1$c29tZXNhbHQ$abcdefghijklmnopqrstu"})
    void malformedHashesNeverMatch(String phc) {
        assertThat(CHEAP.verify("", phc)).isFalse();
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new Argon2Settings(64, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Settings(7, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

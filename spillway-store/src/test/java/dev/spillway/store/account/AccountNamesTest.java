package dev.spillway.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "demo,               demo",
        "Ann@Example.org,    ann@example.org",
        "a.b+c_d-e,          a.b+c_d-e",
        ".hidden,            %2Ehidden",
        "../up,              %2E.%2Fup",
    })
    void fileNamesAreSafe(String name, String expected) {
        assertThat(AccountNames.fileName(name)).isEqualTo(expected);
    }

    @Test
    void fileNamesAreDistinctForDistinctNamesAndShort() {
        List<String> names = List.of("a/b", "a%2Fb", "a_b", "a b", "ä", "%C3%A4", "A", "..",
                "x".repeat(128), "x".repeat(127) + "y", "ü".repeat(100), "ü".repeat(99) + "ö");
        Set<String> files = new HashSet<>();
        for (String n : names) {
            String f = AccountNames.fileName(n);
            assertThat(f).matches("[a-z0-9._@+%A-F-]+").doesNotStartWith(".")
                    .hasSizeLessThanOrEqualTo(108);
            files.add(f.toLowerCase(Locale.ROOT));
        }
        // Distinct names give distinct files, even on a case-insensitive file system.
        assertThat(files).hasSize(names.size());
    }
}

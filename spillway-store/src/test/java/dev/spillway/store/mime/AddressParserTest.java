package dev.spillway.store.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressParserTest {

    /** Input, then each address as name|adl|mailbox|host joined by " + ", NIL for null. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "ann@example.org ~ NIL|NIL|ann|example.org",
        "Ann <ann@example.org> ~ Ann|NIL|ann|example.org",
        "\"Doe, John\" <john@example.org> ~ Doe, John|NIL|john|example.org",
        "\"say \\\"hi\\\"\" <q@example.org> ~ say \"hi\"|NIL|q|example.org",
        "=?utf-8?b?w4Rs?= <ae@example.org> ~ =?utf-8?b?w4Rs?=|NIL|ae|example.org",
        "a@x, b@y ~ NIL|NIL|a|x + NIL|NIL|b|y",
        "a@x (Ann A) ~ Ann A|NIL|a|x",
        "Ann (the boss) <a@x> ~ Ann|NIL|a|x",
        "<@r1,@r2:a@x> ~ NIL|@r1,@r2|a|x",
        "g: a@x; ~ NIL|NIL|g|NIL + NIL|NIL|a|x + NIL|NIL|NIL|NIL",
        "g:; ~ NIL|NIL|g|NIL + NIL|NIL|NIL|NIL",
        "g: a@x ~ NIL|NIL|g|NIL + NIL|NIL|a|x + NIL|NIL|NIL|NIL",
        "bare ~ NIL|NIL|bare|.MISSING-HOST-NAME.",
        "John Q. Public <jqp@example.org> ~ John Q. Public|NIL|jqp|example.org",
        "ann@example.org <ann@example.org> ~ ann@example.org|NIL|ann|example.org",
        "\"a b\"@example.org ~ NIL|NIL|\"a b\"|example.org",
        "broken <<@@> ~ broken|NIL|<@|.MISSING-HOST-NAME.",
        ", , a@x ,, ~ NIL|NIL|a|x",
    })
    void parsesAddressLists(String input, String expected) {
        List<Address> parsed = AddressParser.parse(input);

        assertThat(parsed.stream().map(AddressParserTest::render)
                .collect(Collectors.joining(" + "))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void blankIsNil(String input) {
        assertThat(AddressParser.parse(input)).isEmpty();
        assertThat(AddressParser.parse(null)).isEmpty();
    }

    private static String render(Address a) {
        return nil(a.name()) + "|" + nil(a.adl()) + "|" + nil(a.mailbox()) + "|" + nil(a.host());
    }

    private static String nil(String s) {
        return s == null ? "NIL" : s;
    }
}

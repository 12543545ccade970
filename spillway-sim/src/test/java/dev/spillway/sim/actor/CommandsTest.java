package dev.spillway.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandsTest {

    @Test
    void backgroundIdsAnnounceTheirWorkAsTheTechnoteShows() {
        assertThat(Commands.backgroundId(false))
                .startsWith("ID (\"name\" \"com.apple.email.maild\"")
                .endsWith("\"event\" \"back-fill\")");
        assertThat(Commands.backgroundId(true))
                .contains("\"com.apple.email.search-indexer\"")
                .endsWith("\"event\" \"indexer\")");
        assertThat(Commands.foregroundId()).endsWith("\"event\" NIL)");
    }

    @Test
    void authenticatePlainCarriesTheInitialResponse() {
        String command = Commands.authenticatePlain("sim001", "pässword");
        String encoded = command.substring("AUTHENTICATE PLAIN ".length());

        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo("\0sim001\0pässword");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LIST (\\HasNoChildren) \"/\" INBOX;                   INBOX",
        "LIST (\\HasNoChildren \\Archive) \"/\" \"Archive\";   \"Archive\"",
        "LIST () \".\" \"My \\\"Box\\\"\";                    \"My \\\"Box\\\"\"",
        "LIST () NIL Flat;                                    Flat",
        "LIST (\\Noselect \\HasChildren) \"/\" Parent;         ",
        "LIST (\\NonExistent) \"/\" Gone;                       ",
        "LIST garbage;                                        ",
    })
    void listAnswersGiveSelectableMailboxes(String text, String mailbox) {
        assertThat(Commands.selectableMailbox(text)).isEqualTo(mailbox);
    }

    @Test
    void uidsComeFromSearchAndFetchAnswers() {
        assertThat(Commands.searchUids("SEARCH 3 4 17")).containsExactly(3L, 4L, 17L);
        assertThat(Commands.searchUids("SEARCH")).isEmpty();
        assertThat(Commands.fetchedUids(List.of("1 FETCH (UID 8 FLAGS ())",
                "2 FETCH (FLAGS (\\Seen) UID 12)", "3 FETCH (FLAGS ())")))
                .containsExactly(8L, 12L);
    }

    @Test
    void accountsAreNumberedFromOneAndWrapAround() {
        Accounts accounts = new Accounts("sim", 3, "pw", "localhost");

        assertThat(accounts.name(0)).isEqualTo("sim001");
        assertThat(accounts.name(2)).isEqualTo("sim003");
        assertThat(accounts.name(3)).isEqualTo("sim001");
        assertThat(accounts.address(1)).isEqualTo("sim002@localhost");
        assertThatThrownBy(() -> new Accounts("Sim", 3, "pw", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

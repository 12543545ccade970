package dev.spillway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    @Test
    void flagsCompareWithoutCaseButKeepTheirSpelling() {
        Flags f = Flags.of("\\SEEN", "$Work", "$work", "\\Recent", "Later");

        assertThat(f.names()).containsExactly("\\Seen", "$Work", "Later");
        assertThat(f.contains("$WORK")).isTrue();
        assertThat(f.contains("\\Recent")).isFalse();
        assertThat(f.keywords()).containsExactly("$Work", "Later");
        assertThat(Flags.parse(f.serialize())).isEqualTo(f);
        assertThat(f.with(Flags.of("later", "\\Draft")).names())
                .containsExactly("\\Seen", "$Work", "Later", "\\Draft");
        assertThat(f.without(Flags.of("LATER")).names()).containsExactly("\\Seen", "$Work");
        assertThat(Flags.of("a", "b")).isEqualTo(Flags.of("B", "A"));
        assertThat(Flags.parse("")).isSameAs(Flags.NONE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "1,2,3;1:3",
        "5,1,2,9,8;1:2,5,8:9",
        "7;7",
        "3,3,3;3",
    })
    void uidSetsMergeRanges(String uids, String text) {
        List<Long> list = Arrays.stream(uids.split(",")).map(Long::valueOf).toList();

        UidSet set = UidSet.of(list);

        assertThat(set.toString()).isEqualTo(text);
        list.forEach(uid -> assertThat(set.contains(uid)).isTrue());
        assertThat(set.contains(4)).isFalse();
    }

    @Test
    void uidSetRangesAndMembership() {
        UidSet set = UidSet.ofRanges(List.of(new UidSet.Range(10, 20), new UidSet.Range(21, 30),
                new UidSet.Range(1, 2)));

        assertThat(set.ranges()).containsExactly(new UidSet.Range(1, 2),
                new UidSet.Range(10, 30));
        assertThat(set.size()).isEqualTo(23);
        assertThat(set.contains(3)).isFalse();
        assertThat(set.contains(30)).isTrue();
        assertThat(UidSet.all().contains(UidSet.MAX_UID)).isTrue();
        assertThat(UidSet.EMPTY.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "inbox,        INBOX",
        "InBoX/Sub,    INBOX/Sub",
        "INBOXES,      INBOXES",
        "Inboxes/x,    Inboxes/x",
        "Sent,         Sent",
    })
    void inboxIsCaseInsensitiveOnlyAsAWholeComponent(String name, String canonical) {
        assertThat(MailboxNames.canonical(name)).isEqualTo(canonical);
    }

    @Test
    void superiorsAndInferiors() {
        assertThat(MailboxNames.superiors("a/b/c")).containsExactly("a", "a/b");
        assertThat(MailboxNames.superiors("a")).isEmpty();
        assertThat(MailboxNames.isInferior("a/b", "a")).isTrue();
        assertThat(MailboxNames.isInferior("ab", "a")).isFalse();
        assertThat(MailboxNames.isInferior("a", "a")).isFalse();
    }
}

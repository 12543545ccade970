package dev.spillway.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.protocol.command.SequenceRange;
import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.store.Flags;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.MessageMeta;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageSetsTest {
    private static final long STAR = SequenceRange.STAR;

    /** A view of messages with UIDs 3, 5, 9, 10, 20 at sequence numbers 1 to 5. */
    static SelectedMailbox view(long... uids) {
        List<MessageMeta> metas = new ArrayList<>();
        for (long uid : uids) {
            metas.add(new MessageMeta(uid, Flags.NONE, 1, 100,
                    OffsetDateTime.parse("2026-12-01T10:00:00Z")));
        }
        MailboxInfo info = new MailboxInfo(1, "INBOX", 7, 21, 1, uids.length, 0, 0, 0, 0, 0, true,
                Optional.empty());
        return new SelectedMailbox(new MailboxSnapshot(info, metas), false, List.of());
    }

    @ParameterizedTest(name = "seq {0}:{1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "1; 1; 1",
        "2; 4; 2 3 4",
        "4; 2; 2 3 4",
        "-1; -1; 5",
        "3; -1; 3 4 5",
        "-1; 3; 3 4 5",
        "5; 5; 5",
    })
    void resolvesSequenceNumbers(long first, long last, String expected) throws Exception {
        int[] seqs = MessageSets.resolve(SequenceSet.of(new SequenceRange(first, last)), false,
                view(3, 5, 9, 10, 20));
        assertThat(join(seqs)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "uid {0}:{1} -> [{2}]")
    @CsvSource(delimiter = ';', value = {
        "3; 3; 1",
        "4; 4; ''",
        "4; 9; 2 3",
        "9; 4; 2 3",
        "1; -1; 1 2 3 4 5",
        "-1; -1; 5",
        "21; -1; 5",
        "100; -1; 5",
        "11; 19; ''",
        "10; 4294967295; 4 5",
    })
    void resolvesUids(long first, long last, String expected) throws Exception {
        int[] seqs = MessageSets.resolve(SequenceSet.of(new SequenceRange(first, last)), true,
                view(3, 5, 9, 10, 20));
        assertThat(join(seqs)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seq {0}:{1} in a mailbox of {2} is BAD")
    @CsvSource(delimiter = ';', value = {
        "6; 6; 5",
        "1; 6; 5",
        "1; 1; 0",
        "-1; -1; 0",
    })
    void refusesSequenceNumbersAboveExists(long first, long last, int exists) {
        long[] uids = new long[exists];
        for (int i = 0; i < exists; i++) {
            uids[i] = i + 1;
        }
        assertThatThrownBy(() -> MessageSets.resolve(
                SequenceSet.of(new SequenceRange(first, last)), false, view(uids)))
                .isInstanceOf(ImapException.class)
                .hasMessageStartingWith("Invalid message sequence number");
    }

    @ParameterizedTest(name = "{0} in a mailbox without messages names nothing")
    @CsvSource({"1:*", "*", "5"})
    void uidSetsInAnEmptyMailboxNameNothing(String set) throws Exception {
        long first = set.startsWith("*") ? STAR : Long.parseLong(set.split(":")[0]);
        long last = set.endsWith("*") ? STAR : first;
        assertThat(MessageSets.resolve(SequenceSet.of(new SequenceRange(first, last)), true,
                view())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void mergesOverlappingRangesIntoOneAscendingList() throws Exception {
        SequenceSet set = SequenceSet.of(new SequenceRange(4, 5), new SequenceRange(1, 1),
                new SequenceRange(3, 4), new SequenceRange(STAR, STAR));
        SelectedMailbox view = view(3, 5, 9, 10, 20);
        int[] seqs = MessageSets.resolve(set, false, view);
        assertThat(join(seqs)).isEqualTo("1 3 4 5");
        assertThat(MessageSets.uids(seqs, view)).hasToString("3,9:10,20");
    }

    @org.junit.jupiter.api.Test
    void refusesTheSavedResult() {
        assertThatThrownBy(() -> MessageSets.resolve(SequenceSet.SAVED, true, view(1)))
                .isInstanceOf(ImapException.class)
                .hasMessageContaining("$");
    }

    private static String join(int[] seqs) {
        StringBuilder out = new StringBuilder();
        for (int seq : seqs) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(seq);
        }
        return out.toString();
    }
}

package dev.spillway.server.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.store.Changes;
import dev.spillway.store.Flags;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.MessageMeta;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The MODSEQ bookkeeping of the view: what a CONDSTORE client may resynchronise from. */
class SelectedMailboxTest {
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2026-01-02T03:04:05Z");

    @Test
    void safeModSeqStaysBelowAHeldExpungeUntilItIsReported() {
        SelectedMailbox view = view(message(1, 2), message(2, 3), message(3, 4));
        assertThat(view.safeModSeq()).isEqualTo(4);

        // Message 2 expunged at 5, message 3 changed at 6, while expunges are held back.
        List<MailboxUpdate> updates = view.sync(new Changes(List.of(message(3, 6)),
                List.of(2L), 6, 4), false);
        assertThat(updates).containsExactly(new MailboxUpdate.FlagsChanged(3, message(3, 6)));
        assertThat(view.highestModSeq()).isEqualTo(6);
        assertThat(view.safeModSeq()).isEqualTo(4);

        // A later change does not lift it while the expunge still waits.
        view.sync(new Changes(List.of(message(1, 7)), List.of(), 7, 4), false);
        assertThat(view.safeModSeq()).isEqualTo(4);

        assertThat(view.flushExpunges()).containsExactly(new MailboxUpdate.Expunged(2, 2));
        assertThat(view.safeModSeq()).isEqualTo(7);
    }

    @Test
    void ownExpungesHoldItAtTheViewsModSeq() {
        SelectedMailbox view = view(message(1, 2), message(2, 3));
        view.markExpunged(List.of(1L));
        assertThat(view.safeModSeq()).isEqualTo(3);
        view.flushExpunges();
        assertThat(view.hasPendingExpunges()).isFalse();
        assertThat(view.safeModSeq()).isEqualTo(view.highestModSeq());
    }

    @Test
    void announcementIsRememberedPerView() {
        SelectedMailbox view = view(message(1, 2));
        assertThat(view.modSeqAnnounced()).isFalse();
        view.announceModSeq();
        assertThat(view.modSeqAnnounced()).isTrue();
    }

    private static SelectedMailbox view(MessageMeta... messages) {
        long highest = 1;
        for (MessageMeta m : messages) {
            highest = Math.max(highest, m.modSeq());
        }
        MailboxInfo info = new MailboxInfo(7, "INBOX", 1234, messages.length + 1, highest,
                messages.length, messages.length, 0, 0, 0, 0, true, Optional.empty());
        return new SelectedMailbox(new MailboxSnapshot(info, List.of(messages)), false,
                List.of());
    }

    private static MessageMeta message(long uid, long modSeq) {
        return new MessageMeta(uid, Flags.NONE, modSeq, 10, DATE);
    }
}

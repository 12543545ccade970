package dev.spillway.server.mailbox;

import dev.spillway.store.MessageMeta;

/** A change the session must report to its client as an untagged response. */
public sealed interface MailboxUpdate {
    /** A message left the view: {@code * seq EXPUNGE} or a VANISHED entry. */
    record Expunged(int seq, long uid) implements MailboxUpdate {
    }

    /** The view grew to {@code count} messages: {@code * count EXISTS}. */
    record Exists(int count) implements MailboxUpdate {
    }

    /** {@code * count RECENT}. */
    record Recent(int count) implements MailboxUpdate {
    }

    /** Flags (and MODSEQ) of a message changed: {@code * seq FETCH (FLAGS ...)}. */
    record FlagsChanged(int seq, MessageMeta message) implements MailboxUpdate {
    }
}

package dev.spillway.store;

import java.util.List;

/**
 * A mailbox's state and all its messages, read in one transaction so that the two agree;
 * SELECT and EXAMINE start from this.
 *
 * @param info     the mailbox state
 * @param messages every message, ordered by UID
 */
public record MailboxSnapshot(MailboxInfo info, List<MessageMeta> messages) {
}

package dev.spillway.store;

import java.util.Optional;

/**
 * The state of one selectable mailbox at one moment, as SELECT and STATUS report it.
 *
 * @param id            the store's id; stays the same across renames, never reused
 * @param name          the Unicode name, {@code /} as hierarchy delimiter
 * @param uidValidity   RFC 3501 §2.3.1.1; unique across the account's mailboxes, past and present
 * @param uidNext       the UID the next appended message will get
 * @param highestModSeq RFC 7162 §3.1.1; at least 1
 * @param messages      number of messages
 * @param unseen        number of messages without {@code \Seen}
 * @param recent        number of messages above the recent watermark (not yet claimed)
 * @param size          sum of the RFC822 sizes in octets (RFC 8438 STATUS SIZE)
 * @param deleted       number of messages with {@code \Deleted} (RFC 9051 §6.3.11)
 * @param deletedSize   sum of their sizes in octets, what EXPUNGE would free (RFC 9208 §4.2)
 * @param subscribed    whether the name is subscribed
 * @param specialUse    the RFC 6154 attribute, if any
 */
public record MailboxInfo(
        long id,
        String name,
        long uidValidity,
        long uidNext,
        long highestModSeq,
        int messages,
        int unseen,
        int recent,
        long size,
        int deleted,
        long deletedSize,
        boolean subscribed,
        Optional<SpecialUse> specialUse) {
}

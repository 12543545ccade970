package dev.spillway.store;

import dev.spillway.store.mime.MessageStructure;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The mailboxes and messages of one account. Mailbox names are Unicode strings with {@code /}
 * as hierarchy delimiter; {@code INBOX} (also as the first component of a longer name) matches
 * without regard to case and always exists. Operations on the selected mailbox take its id,
 * which stays valid across renames; operations that name a mailbox take the name.
 *
 * <p>All methods are blocking and thread-safe.
 */
public interface MailAccount {
    /** The hierarchy delimiter, RFC 3501 §5.1.1. */
    char DELIMITER = '/';

    /** The account name as it was created. */
    String name();

    /** Every mailbox name, placeholders included, sorted by name. */
    List<ListEntry> list() throws StoreException;

    /** Subscribed names, sorted; they need not exist (RFC 3501 §6.3.6). */
    List<String> subscriptions() throws StoreException;

    /**
     * Creates a mailbox and any missing superiors (RFC 3501 §6.3.3). Creating over a
     * {@code \Noselect} placeholder turns it into a normal mailbox.
     *
     * @throws StoreException ALREADYEXISTS, INVALIDNAME
     */
    MailboxInfo create(String name, Optional<SpecialUse> specialUse) throws StoreException;

    /**
     * Deletes a mailbox (RFC 3501 §6.3.4): its messages go; if it has inferiors it stays as a
     * {@code \Noselect} placeholder; deleting a placeholder that has inferiors fails.
     *
     * @throws StoreException NONEXISTENT, CANNOT (INBOX, or a placeholder with inferiors)
     */
    void delete(String name) throws StoreException;

    /**
     * Renames a mailbox and its inferiors (RFC 3501 §6.3.5), creating missing superiors of the
     * new name. Renaming INBOX moves its messages to a new mailbox and leaves INBOX empty.
     *
     * @throws StoreException NONEXISTENT, ALREADYEXISTS, INVALIDNAME, CANNOT (into itself)
     */
    void rename(String from, String to) throws StoreException;

    void subscribe(String name) throws StoreException;

    void unsubscribe(String name) throws StoreException;

    /** The mailbox's counters; fails with NONEXISTENT also for a placeholder. */
    MailboxInfo status(String name) throws StoreException;

    /** The state and message list of a mailbox, read consistently; claims nothing. */
    MailboxSnapshot select(String name) throws StoreException;

    MailboxSnapshot snapshot(long mailboxId) throws StoreException;

    List<MessageMeta> messages(long mailboxId) throws StoreException;

    /**
     * Returns the UIDs that are {@code \Recent} for the caller and moves the watermark past them,
     * atomically, so no two callers see the same message as recent (RFC 3501 §2.3.2). A message
     * appended between a {@link #select} and this call may be among them.
     */
    List<Long> claimRecent(long mailboxId) throws StoreException;

    /**
     * Appends a message.
     *
     * @param flags        initial flags; null means none
     * @param internalDate the date to keep, with its offset, to the second; null means now
     * @throws StoreException TRYCREATE if the mailbox does not exist, TOOBIG, OVERQUOTA
     */
    AppendResult append(String mailbox, byte[] message, Flags flags, OffsetDateTime internalDate)
            throws StoreException;

    /** As {@link #append(String, byte[], Flags, OffsetDateTime)}, reading exactly size octets. */
    AppendResult append(String mailbox, InputStream message, long size, Flags flags,
            OffsetDateTime internalDate) throws StoreException;

    /** The whole message; fails with NONEXISTENT if the UID is not (or no longer) there. */
    byte[] content(long mailboxId, long uid) throws StoreException;

    /** Octets {@code offset .. offset+length-1}, cut at the end of the message. */
    byte[] content(long mailboxId, long uid, long offset, long length) throws StoreException;

    /** ENVELOPE, BODYSTRUCTURE and part offsets, computed at append. */
    MessageStructure structure(long mailboxId, long uid) throws StoreException;

    /**
     * Changes the flags of the messages in {@code uids} that exist (RFC 3501 §6.4.6,
     * RFC 7162 §3.1.3). All changed messages get one new MODSEQ; a change that changes nothing
     * does not bump it.
     *
     * @param unchangedSince messages with a greater MODSEQ are left alone and reported failed
     */
    StoreResult store(long mailboxId, UidSet uids, FlagMode mode, Flags flags,
            OptionalLong unchangedSince) throws StoreException;

    /**
     * Copies the existing messages of {@code uids} (RFC 3501 §6.4.7), keeping their flags and
     * internal dates; fails with TRYCREATE if the target does not exist, and with OVERQUOTA if
     * the copies would take the account over its quota. UIDs that do not exist are skipped.
     */
    CopyResult copy(long mailboxId, UidSet uids, String target) throws StoreException;

    /**
     * Copies and expunges in one transaction (RFC 6851 §3.3); fails like {@link #copy}, except
     * that a move within the account leaves its usage as it was and so never fails OVERQUOTA.
     */
    CopyResult move(long mailboxId, UidSet uids, String target) throws StoreException;

    /** Expunges every {@code \Deleted} message; returns their UIDs ascending. */
    List<Long> expunge(long mailboxId) throws StoreException;

    /** Expunges the {@code \Deleted} messages among {@code uids} (RFC 4315 UID EXPUNGE). */
    List<Long> expunge(long mailboxId, UidSet uids) throws StoreException;

    /** Messages and expunged UIDs with a MODSEQ above {@code modSeq}. */
    Changes changesSince(long mailboxId, long modSeq) throws StoreException;

    /**
     * The limits of the account's one quota root (RFC 9208 §3): its own where the operator set
     * them, else the store's defaults for every account.
     */
    QuotaLimits quotaLimits() throws StoreException;

    /** The limits the operator set for this account alone. */
    QuotaOverride quotaOverride() throws StoreException;

    /** Replaces the account's own limits; appends and copies check against them at once. */
    void setQuotaOverride(QuotaOverride override) throws StoreException;

    /** What the account holds in all its mailboxes, read in one pass over its messages. */
    QuotaUsage quotaUsage() throws StoreException;
}

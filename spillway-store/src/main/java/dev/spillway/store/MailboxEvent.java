package dev.spillway.store;

/**
 * Something committed changed a mailbox: messages arrived, were expunged or had their flags
 * changed, or the mailbox was deleted. Listeners fetch the details with
 * {@link MailAccount#changesSince}.
 *
 * @param account       the account name as the listener subscribed with
 * @param mailboxId     the mailbox
 * @param highestModSeq its HIGHESTMODSEQ after the change; 0 if the mailbox was deleted
 */
public record MailboxEvent(String account, long mailboxId, long highestModSeq) {
    public boolean deleted() {
        return highestModSeq == 0;
    }
}

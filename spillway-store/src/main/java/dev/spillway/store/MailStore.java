package dev.spillway.store;

import dev.spillway.store.account.AccountDirectory;

/**
 * The entry point: the account directory, each account's mail, and change notifications.
 * Several processes may open stores on the same data at once; each learns of the others'
 * changes through {@link #subscribe}.
 */
public interface MailStore extends AutoCloseable {
    /** Pass as mailbox id to {@link #subscribe} to hear about every mailbox of the account. */
    long ALL_MAILBOXES = 0;

    AccountDirectory accounts();

    /** The mail of an existing account. @throws StoreException NONEXISTENT */
    MailAccount account(String name) throws StoreException;

    /**
     * Calls {@code listener} after every committed change to the mailbox, whether made by this
     * process or by another one writing to the same data, typically well within a second.
     * Changes committed after this call returns are reported; subscribe before reading the
     * state the events are compared with (e.g. before SELECT reads its snapshot). Events may be
     * coalesced, and a spurious one is possible: compare with {@link MailAccount#changesSince}.
     */
    Subscription subscribe(String account, long mailboxId, MailboxListener listener);

    @Override
    void close();
}

package dev.spillway.store.sqlite;

import dev.spillway.store.StoreException;

/** What the mail side does when the directory creates or removes an account. */
interface AccountLifecycle {
    /** Creates the account's mail database with its default mailboxes. */
    void created(String name) throws StoreException;

    /** Closes and removes the account's mail database; the account row still exists. */
    void deleting(String name) throws StoreException;

    /** The account row is gone too. */
    void deleted(String name);
}

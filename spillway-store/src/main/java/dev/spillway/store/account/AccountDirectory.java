package dev.spillway.store.account;

import dev.spillway.store.StoreException;
import java.util.List;
import java.util.Optional;

/**
 * Accounts and their passwords. Names are matched without regard to case and reported as
 * they were created. All methods are blocking and thread-safe.
 */
public interface AccountDirectory {
    /**
     * Creates an account with the default mailboxes INBOX, Sent, Drafts, Trash, Junk and
     * Archive (the last five with their RFC 6154 attributes), all subscribed.
     *
     * @throws StoreException ALREADYEXISTS, INVALIDNAME
     */
    void add(String name, String password) throws StoreException;

    /** @throws StoreException NONEXISTENT */
    void setPassword(String name, String password) throws StoreException;

    /** Removes the account and all its mail. @throws StoreException NONEXISTENT */
    void delete(String name) throws StoreException;

    /** Account names as created, sorted by their case-folded form. */
    List<String> list() throws StoreException;

    boolean exists(String name) throws StoreException;

    /**
     * Whether the password is right. Takes about as long for an unknown name as for a known
     * one, so timing does not tell which names exist.
     */
    boolean verify(String name, String password) throws StoreException;

    /**
     * The account an LMTP recipient delivers to: the account named by the whole address if
     * there is one, else the account named by its local part (the text before the last
     * {@code @}), so {@code ann@example.org} reaches an account called {@code ann} whatever the
     * domain. Matching ignores case. Subaddresses ({@code ann+tag@...}) are not split off.
     *
     * @return the account name as created, or empty
     */
    Optional<String> resolveRecipient(String address) throws StoreException;
}

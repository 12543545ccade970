/**
 * The account directory: who may log in, with what password, and which account an LMTP
 * recipient address delivers to.
 *
 * <p>Invariants: account names are matched without regard to case (they are compared by their
 * {@link dev.spillway.store.account.AccountNames#key} form) and keep the spelling they were
 * created with; passwords exist only as Argon2id hashes in PHC string form, each carrying its
 * own parameters so the defaults can change without invalidating old hashes; hash comparison
 * is constant-time.
 */
package dev.spillway.store.account;

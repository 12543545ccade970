/**
 * The embedded store: the account directory in {@code accounts.db} and one SQLite database per
 * account, written in WAL mode with {@code synchronous=FULL}.
 *
 * <p>Invariants: every change is one {@code BEGIN IMMEDIATE} transaction that commits before
 * the call returns, so an acknowledged change survives {@code kill -9} and a crash can never
 * leave half of one; UIDNEXT, HIGHESTMODSEQ and the last handed-out UIDVALIDITY are written in
 * the same transaction as the messages they describe, so they never go backwards; several
 * processes may use one data directory at once, SQLite serialising their writers. After each
 * commit a signal file is rewritten, which other processes watch to learn of the change.
 */
package dev.spillway.store.sqlite;

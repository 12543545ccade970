/**
 * One handler per IMAP command, and the table that maps each command to its handler
 * ({@link dev.spillway.server.command.Dispatcher}). Handlers run on the store pool, one at a
 * time per session; they write untagged responses to the exchange and end it, or throw
 * {@link dev.spillway.server.error.ImapException} to end it with NO, BAD or BYE. The state
 * rules of RFC 9051 §3 are checked once, in the dispatcher, before any handler runs.
 */
package dev.spillway.server.command;

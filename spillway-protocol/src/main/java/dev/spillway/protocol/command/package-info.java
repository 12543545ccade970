/**
 * Immutable records for parsed client commands (RFC 9051 §6 and the extensions Spillway
 * supports), one record per command, all under the sealed {@link
 * dev.spillway.protocol.command.Command}, plus the value types they use (sequence sets, search
 * keys, fetch attributes).
 *
 * <p>{@link dev.spillway.protocol.command.CommandKind} is the one table of command names and the
 * session states each command is allowed in (RFC 9051 §3). Records hold values exactly as
 * parsed: mailbox names stay in their wire form (modified UTF-7) except that {@code INBOX} is
 * upper-cased; only syntax has been checked, never meaning.
 *
 * <p>Invariant: records never print credentials or message bodies in {@code toString()}.
 */
package dev.spillway.protocol.command;

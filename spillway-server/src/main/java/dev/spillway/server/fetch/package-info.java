/**
 * The data items of FETCH (RFC 3501 §6.4.5, §7.4.2; RFC 3516 BINARY): ENVELOPE and
 * BODYSTRUCTURE serialised from the structure the store computed at append, body sections cut
 * out of the raw message by the stored part offsets, and the writer that puts one message's
 * {@code * n FETCH (...)} response together.
 *
 * <p>Invariants: nothing here parses a message again; a message's structure and content are
 * each loaded at most once per response and only when an item needs them; every value is
 * written through {@link dev.spillway.protocol.response.ImapWriter}, which picks quoted string
 * or literal, so 8-bit octets, CR and LF are never quoted.
 */
package dev.spillway.server.fetch;

/**
 * MIME analysis of stored messages, done once at append: the ENVELOPE and BODYSTRUCTURE data of
 * RFC 3501 §7.4.2 and the byte offsets of every part, so that FETCH BODY[section] is a slice of
 * the raw bytes. Also the helpers FETCH and SEARCH need: header field selection, decoded text,
 * and RFC 3516 BINARY content.
 *
 * <p>Invariants: analysis never fails (a malformed message yields a sane fallback structure);
 * envelope strings are the header values as sent, unfolded but not decoded, because IMAP passes
 * them on as they are; all offsets index the raw message exactly as stored. Mime4j parses
 * header parameters and decodes encoded words and transfer encodings; the part boundaries are
 * found here, on the raw bytes, because mime4j's parser does not report byte offsets.
 */
package dev.spillway.store.mime;

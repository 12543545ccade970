/**
 * The selected mailbox as one session sees it: the message sequence numbers, the flags it has
 * reported, and the changes it still owes the client. Sequence numbers change only when the
 * session reports an expunge, and expunges are held back while a command that uses sequence
 * numbers runs (RFC 9051 §7.5.1, RFC 3501 §7.4.1).
 */
package dev.spillway.server.mailbox;

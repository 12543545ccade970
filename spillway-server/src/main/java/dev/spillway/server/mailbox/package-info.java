/**
 * The selected mailbox as one session sees it: the message sequence numbers, the flags and
 * MODSEQs it has reported, and the changes it still owes the client. Sequence numbers change
 * only when the session reports an expunge, and expunges are held back while a command that
 * uses sequence numbers runs (RFC 9051 §7.5.1, RFC 3501 §7.4.1). While one is held back, the
 * view also knows the highest MODSEQ below it, the value a CONDSTORE client may safely
 * resynchronise from (RFC 7162 §3.2).
 */
package dev.spillway.server.mailbox;

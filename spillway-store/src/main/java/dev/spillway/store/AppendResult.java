package dev.spillway.store;

/**
 * What an append produced, for the APPENDUID response code (RFC 4315 §3).
 *
 * @param mailboxId   the mailbox the message went to
 * @param uidValidity that mailbox's UIDVALIDITY
 * @param uid         the new message's UID
 * @param modSeq      the new message's MODSEQ, also the mailbox's new HIGHESTMODSEQ
 */
public record AppendResult(long mailboxId, long uidValidity, long uid, long modSeq) {
}

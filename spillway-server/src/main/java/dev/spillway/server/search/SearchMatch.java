package dev.spillway.server.search;

/**
 * One message a search found: the number the response names it by (a sequence number, or a
 * UID for UID SEARCH) and its mod-sequence, for the MODSEQ data of RFC 7162 §3.1.5.
 */
public record SearchMatch(long number, long modSeq) {
}

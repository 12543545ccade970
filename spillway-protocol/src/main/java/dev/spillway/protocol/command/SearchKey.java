package dev.spillway.protocol.command;

import java.time.LocalDate;
import java.util.List;

/**
 * A node of a search criteria tree (RFC 9051 §6.4.4, RFC 3501 §6.4.4, RFC 7162 §3.1.5,
 * RFC 9738 §3.2).
 * Several keys in a row mean AND; {@link And} holds them.
 */
public sealed interface SearchKey {

    /** Keys that need no argument. */
    enum Flagless {
        ALL, ANSWERED, DELETED, DRAFT, FLAGGED, NEW, OLD, RECENT, SEEN,
        UNANSWERED, UNDELETED, UNDRAFT, UNFLAGGED, UNSEEN
    }

    /** Which date BEFORE/ON/SINCE compare: the internal date or the Date header. */
    enum DateField { INTERNAL, SENT }

    /** How a date is compared. */
    enum DateComparison { BEFORE, ON, SINCE }

    /** Where a string is searched: a named header, the body, or the whole text. */
    enum TextScope { HEADER, BODY, TEXT }

    /** A key without argument, such as {@code SEEN} or {@code ALL}. */
    record Simple(Flagless key) implements SearchKey {
    }

    /** {@code KEYWORD flag} or, negated, {@code UNKEYWORD flag}. */
    record Keyword(String flag, boolean negated) implements SearchKey {
    }

    /**
     * A substring search. {@code BCC/CC/FROM/SUBJECT/TO x} are HEADER searches with that field
     * name; {@code HEADER field x} has the client's field name.
     *
     * @param field header field name, or null for BODY and TEXT
     */
    record Text(TextScope scope, String field, String value) implements SearchKey {
    }

    /** {@code BEFORE/ON/SINCE} and {@code SENTBEFORE/SENTON/SENTSINCE}. */
    record Date(DateField field, DateComparison comparison, LocalDate date) implements SearchKey {
    }

    /** {@code LARGER n} ({@code larger} true) or {@code SMALLER n}. */
    record Size(boolean larger, long octets) implements SearchKey {
    }

    /** A sequence set, or {@code UID set} when {@code uid} is true. */
    record Sequence(SequenceSet set, boolean uid) implements SearchKey {
    }

    /**
     * {@code MODSEQ [entry-name entry-type] n} (RFC 7162 §3.1.5).
     *
     * @param entryName e.g. {@code /flags/\Draft}, or null
     * @param entryType {@code priv}, {@code shared} or {@code all} in lower case, or null
     */
    record ModSeq(String entryName, String entryType, long modSeq) implements SearchKey {
    }

    /**
     * {@code UIDAFTER uid} ({@code after} true) or {@code UIDBEFORE uid} (RFC 9738 §3.2):
     * messages whose UID is strictly above, or strictly below, {@code uid}.
     */
    record UidBound(boolean after, long uid) implements SearchKey {
    }

    /** {@code NOT key}. */
    record Not(SearchKey key) implements SearchKey {
    }

    /** {@code OR a b}. */
    record Or(SearchKey left, SearchKey right) implements SearchKey {
    }

    /** Keys that must all match: a parenthesised group or several keys in a row. */
    record And(List<SearchKey> keys) implements SearchKey {
        /** Copies the list. */
        public And {
            keys = List.copyOf(keys);
        }
    }
}

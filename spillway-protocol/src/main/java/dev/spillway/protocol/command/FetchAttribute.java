package dev.spillway.protocol.command;

import java.util.List;

/**
 * A FETCH data item (RFC 9051 §6.4.5, RFC 3516 §4.2, RFC 7162 §3.1.4).
 */
public sealed interface FetchAttribute {

    /** Items without section or partial. */
    enum Item {
        FLAGS, INTERNALDATE, RFC822, RFC822_HEADER, RFC822_SIZE, RFC822_TEXT, ENVELOPE,
        /** {@code BODY} without section: the non-extensible body structure. */
        BODY,
        BODYSTRUCTURE, UID, MODSEQ, SAVEDATE, EMAILID, THREADID
    }

    /** A plain item such as {@code FLAGS}. */
    record Simple(Item item) implements FetchAttribute {
    }

    /**
     * {@code BODY[section]<partial>} or {@code BODY.PEEK[section]<partial>}.
     *
     * @param partial the {@code <origin.count>} part, or null
     */
    record Body(boolean peek, Section section, Partial partial) implements FetchAttribute {
    }

    /**
     * {@code BINARY[part]<partial>} or {@code BINARY.PEEK[...]} (RFC 3516 §4.2).
     *
     * @param part part numbers, empty for the whole message
     * @param partial the {@code <origin.count>} part, or null
     */
    record Binary(boolean peek, List<Integer> part, Partial partial)
            implements FetchAttribute {
        /** Copies the list. */
        public Binary {
            part = List.copyOf(part);
        }
    }

    /** {@code BINARY.SIZE[part]} (RFC 3516 §4.2). */
    record BinarySize(List<Integer> part) implements FetchAttribute {
        /** Copies the list. */
        public BinarySize {
            part = List.copyOf(part);
        }
    }

    /** {@code <origin.count>}: octets from {@code origin}, at most {@code count}. */
    record Partial(long origin, long count) {
    }
}

package dev.spillway.store;

import java.time.OffsetDateTime;

/**
 * The small, frequently needed facts about one message; the server builds its sequence-number
 * map from an ordered list of these.
 *
 * @param uid          the message's UID
 * @param flags        its flags (never {@code \Recent})
 * @param modSeq       the MODSEQ of its last change (RFC 7162 §3.1.3)
 * @param size         RFC822.SIZE: the octets of the message as stored
 * @param internalDate the internal date with the zone offset it was given (RFC 3501 §2.3.3)
 */
public record MessageMeta(
        long uid,
        Flags flags,
        long modSeq,
        long size,
        OffsetDateTime internalDate) {
}

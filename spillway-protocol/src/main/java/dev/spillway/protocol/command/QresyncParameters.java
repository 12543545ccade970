package dev.spillway.protocol.command;

/**
 * The {@code QRESYNC} SELECT parameter (RFC 7162 §3.2.5).
 *
 * @param uidValidity the UIDVALIDITY the client last saw
 * @param modSeq the last known mod-sequence
 * @param knownUids UIDs the client knows, or null
 * @param knownSequenceNumbers message sequence numbers of the sequence match data, or null
 * @param knownSequenceUids UIDs matching {@code knownSequenceNumbers}, or null
 */
public record QresyncParameters(long uidValidity, long modSeq, SequenceSet knownUids,
        SequenceSet knownSequenceNumbers, SequenceSet knownSequenceUids) {
}

package dev.spillway.protocol.command;

/** {@code COPY} or {@code UID COPY} (RFC 9051 §6.4.7). */
public record CopyCommand(
        String tag, boolean uid, SequenceSet set, String mailbox) implements Command {

    @Override
    public CommandKind kind() {
        return uid ? CommandKind.UID_COPY : CommandKind.COPY;
    }
}

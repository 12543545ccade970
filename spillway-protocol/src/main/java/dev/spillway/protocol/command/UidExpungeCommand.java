package dev.spillway.protocol.command;

/** {@code UID EXPUNGE uids} (RFC 4315 §2.1, RFC 9051 §6.4.9). */
public record UidExpungeCommand(String tag, SequenceSet uids) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.UID_EXPUNGE;
    }
}

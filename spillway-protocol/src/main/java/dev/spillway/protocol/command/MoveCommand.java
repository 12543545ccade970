package dev.spillway.protocol.command;

/** {@code MOVE} or {@code UID MOVE} (RFC 6851, RFC 9051 §6.4.8). */
public record MoveCommand(
        String tag, boolean uid, SequenceSet set, String mailbox) implements Command {

    @Override
    public CommandKind kind() {
        return uid ? CommandKind.UID_MOVE : CommandKind.MOVE;
    }
}

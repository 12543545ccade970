package dev.spillway.protocol.command;

/** {@code EXPUNGE} (RFC 9051 §6.4.3). */
public record ExpungeCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.EXPUNGE;
    }
}

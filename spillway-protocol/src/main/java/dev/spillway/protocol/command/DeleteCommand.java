package dev.spillway.protocol.command;

/** {@code DELETE mailbox} (RFC 9051 §6.3.5). */
public record DeleteCommand(String tag, String mailbox) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.DELETE;
    }
}

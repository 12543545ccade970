package dev.spillway.protocol.command;

/** {@code UNSUBSCRIBE mailbox} (RFC 9051 §6.3.8). */
public record UnsubscribeCommand(String tag, String mailbox) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.UNSUBSCRIBE;
    }
}

package dev.spillway.protocol.command;

/** {@code SUBSCRIBE mailbox} (RFC 9051 §6.3.7). */
public record SubscribeCommand(String tag, String mailbox) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.SUBSCRIBE;
    }
}

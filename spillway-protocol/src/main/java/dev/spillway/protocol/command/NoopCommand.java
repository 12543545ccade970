package dev.spillway.protocol.command;

/** {@code NOOP} (RFC 9051 §6.1.2). */
public record NoopCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.NOOP;
    }
}

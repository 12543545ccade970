package dev.spillway.protocol.command;

/** {@code IDLE} (RFC 2177). */
public record IdleCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.IDLE;
    }
}

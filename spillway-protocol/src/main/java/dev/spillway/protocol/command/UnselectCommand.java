package dev.spillway.protocol.command;

/** {@code UNSELECT} (RFC 3691, RFC 9051 §6.4.2). */
public record UnselectCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.UNSELECT;
    }
}

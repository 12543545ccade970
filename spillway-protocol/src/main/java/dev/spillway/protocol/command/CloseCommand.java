package dev.spillway.protocol.command;

/** {@code CLOSE} (RFC 9051 §6.4.1). */
public record CloseCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.CLOSE;
    }
}

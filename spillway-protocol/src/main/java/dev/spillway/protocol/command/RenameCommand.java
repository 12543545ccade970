package dev.spillway.protocol.command;

/** {@code RENAME from to} (RFC 9051 §6.3.6). */
public record RenameCommand(String tag, String from, String to) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.RENAME;
    }
}

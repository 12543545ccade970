package dev.spillway.protocol.command;

/** {@code CHECK} (RFC 3501 §6.4.1; a NOOP in IMAP4rev2). */
public record CheckCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.CHECK;
    }
}

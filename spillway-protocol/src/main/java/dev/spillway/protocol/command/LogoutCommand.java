package dev.spillway.protocol.command;

/** {@code LOGOUT} (RFC 9051 §6.1.3). */
public record LogoutCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.LOGOUT;
    }
}

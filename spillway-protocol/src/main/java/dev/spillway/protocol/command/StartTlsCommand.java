package dev.spillway.protocol.command;

/** {@code STARTTLS} (RFC 9051 §6.2.1). */
public record StartTlsCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.STARTTLS;
    }
}

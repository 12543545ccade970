package dev.spillway.protocol.command;

import java.util.List;

/** {@code APPEND}, with one message or several (MULTIAPPEND, RFC 3502) (RFC 9051 §6.3.12). */
public record AppendCommand(
        String tag, String mailbox, List<AppendMessage> messages) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.APPEND;
    }

    /** Copies the list. */
    public AppendCommand {
        messages = List.copyOf(messages);
    }
}

package dev.spillway.protocol.command;

import java.util.List;

/**
 * {@code CREATE mailbox [(USE (attrs))]} (RFC 9051 §6.3.4, RFC 6154 §3).
 *
 * @param specialUse special-use attributes requested with USE, e.g. {@code \Sent}; empty if
 *     none
 */
public record CreateCommand(
        String tag, String mailbox, List<String> specialUse) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.CREATE;
    }

    /** Copies the list. */
    public CreateCommand {
        specialUse = List.copyOf(specialUse);
    }
}

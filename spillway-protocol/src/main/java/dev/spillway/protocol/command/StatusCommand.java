package dev.spillway.protocol.command;

import java.util.List;

/** {@code STATUS mailbox (items)} (RFC 9051 §6.3.11). */
public record StatusCommand(String tag, String mailbox, List<StatusItem> items) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.STATUS;
    }

    /** Copies the list. */
    public StatusCommand {
        items = List.copyOf(items);
    }
}

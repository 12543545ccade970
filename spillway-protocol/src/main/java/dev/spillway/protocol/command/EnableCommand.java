package dev.spillway.protocol.command;

import java.util.List;

/** {@code ENABLE cap...} (RFC 5161, RFC 9051 §6.3.1); names upper-cased. */
public record EnableCommand(String tag, List<String> capabilities) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.ENABLE;
    }

    /** Copies the list. */
    public EnableCommand {
        capabilities = List.copyOf(capabilities);
    }
}

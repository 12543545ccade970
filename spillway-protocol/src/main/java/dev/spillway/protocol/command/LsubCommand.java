package dev.spillway.protocol.command;

/** {@code LSUB reference pattern} (RFC 3501 §6.3.9). */
public record LsubCommand(String tag, String reference, String pattern) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.LSUB;
    }
}

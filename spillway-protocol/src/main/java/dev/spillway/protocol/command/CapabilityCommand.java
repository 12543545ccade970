package dev.spillway.protocol.command;

/** {@code CAPABILITY} (RFC 9051 §6.1.1). */
public record CapabilityCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.CAPABILITY;
    }
}

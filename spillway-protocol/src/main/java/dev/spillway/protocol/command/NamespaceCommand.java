package dev.spillway.protocol.command;

/** {@code NAMESPACE} (RFC 2342). */
public record NamespaceCommand(String tag) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.NAMESPACE;
    }
}

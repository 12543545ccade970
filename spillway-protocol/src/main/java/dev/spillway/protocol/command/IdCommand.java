package dev.spillway.protocol.command;

/**
 * {@code ID} with its field list or NIL (RFC 2971 §3.1). Only the syntax has been checked;
 * the RFC 2971 §3.3 limits are the policy module's business.
 */
public record IdCommand(String tag, IdArguments arguments) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.ID;
    }
}

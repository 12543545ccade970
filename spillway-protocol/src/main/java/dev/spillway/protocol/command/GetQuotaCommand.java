package dev.spillway.protocol.command;

/** {@code GETQUOTA quota-root} (RFC 9208 §4.1.1). */
public record GetQuotaCommand(String tag, String root) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.GETQUOTA;
    }
}

package dev.spillway.protocol.command;

/** {@code GETQUOTAROOT mailbox} (RFC 9208 §4.1.2). */
public record GetQuotaRootCommand(String tag, String mailbox) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.GETQUOTAROOT;
    }
}

package dev.spillway.server.command;

import dev.spillway.protocol.command.CommandKind;
import dev.spillway.protocol.command.GetQuotaCommand;
import dev.spillway.protocol.command.GetQuotaRootCommand;
import dev.spillway.protocol.command.SetQuotaCommand;

/** Registers the QUOTA commands (RFC 9208): GETQUOTA, GETQUOTAROOT and SETQUOTA. */
final class QuotaCommands {
    private QuotaCommands() {
    }

    static void register(CommandTable table) {
        table.register(GetQuotaCommand.class, new GetQuotaHandler(), CommandKind.GETQUOTA);
        table.register(GetQuotaRootCommand.class, new GetQuotaRootHandler(),
                CommandKind.GETQUOTAROOT);
        table.register(SetQuotaCommand.class, new SetQuotaHandler(), CommandKind.SETQUOTA);
    }
}

package dev.spillway.server.command;

import dev.spillway.protocol.command.AppendCommand;
import dev.spillway.protocol.command.CloseCommand;
import dev.spillway.protocol.command.CommandKind;
import dev.spillway.protocol.command.CreateCommand;
import dev.spillway.protocol.command.DeleteCommand;
import dev.spillway.protocol.command.ListCommand;
import dev.spillway.protocol.command.LsubCommand;
import dev.spillway.protocol.command.RenameCommand;
import dev.spillway.protocol.command.SelectCommand;
import dev.spillway.protocol.command.StatusCommand;
import dev.spillway.protocol.command.SubscribeCommand;
import dev.spillway.protocol.command.UnselectCommand;
import dev.spillway.protocol.command.UnsubscribeCommand;

/**
 * Registers the mailbox commands: SELECT, EXAMINE, CREATE, DELETE, RENAME, SUBSCRIBE,
 * UNSUBSCRIBE, LIST, LSUB, STATUS, APPEND, CLOSE and UNSELECT.
 */
final class MailboxCommands {
    private MailboxCommands() {
    }

    static void register(CommandTable table) {
        table.register(SelectCommand.class, new SelectHandler(),
                CommandKind.SELECT, CommandKind.EXAMINE);
        table.register(CreateCommand.class, new CreateHandler(), CommandKind.CREATE);
        table.register(DeleteCommand.class, new DeleteHandler(), CommandKind.DELETE);
        table.register(RenameCommand.class, new RenameHandler(), CommandKind.RENAME);
        table.register(SubscribeCommand.class, SubscribeHandlers::subscribe,
                CommandKind.SUBSCRIBE);
        table.register(UnsubscribeCommand.class, SubscribeHandlers::unsubscribe,
                CommandKind.UNSUBSCRIBE);
        table.register(ListCommand.class, new ListHandler(), CommandKind.LIST);
        table.register(LsubCommand.class, new ListSubscriptionsHandler(), CommandKind.LSUB);
        table.register(StatusCommand.class, new StatusHandler(), CommandKind.STATUS);
        table.register(AppendCommand.class, new AppendHandler(), CommandKind.APPEND);
        table.register(CloseCommand.class, new CloseHandler(), CommandKind.CLOSE);
        table.register(UnselectCommand.class, new UnselectHandler(), CommandKind.UNSELECT);
    }
}

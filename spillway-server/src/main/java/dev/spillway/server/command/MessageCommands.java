package dev.spillway.server.command;

import dev.spillway.protocol.command.CommandKind;
import dev.spillway.protocol.command.CopyCommand;
import dev.spillway.protocol.command.ExpungeCommand;
import dev.spillway.protocol.command.FetchCommand;
import dev.spillway.protocol.command.MoveCommand;
import dev.spillway.protocol.command.SearchCommand;
import dev.spillway.protocol.command.StoreCommand;
import dev.spillway.protocol.command.UidBatchesCommand;
import dev.spillway.protocol.command.UidExpungeCommand;

/**
 * Registers the message commands of the selected state: FETCH, SEARCH, STORE, COPY, MOVE,
 * EXPUNGE and their UID forms (RFC 3501 §6.4, RFC 4315, RFC 6851), and UIDBATCHES (RFC 10022).
 */
final class MessageCommands {
    private MessageCommands() {
    }

    static void register(CommandTable table) {
        table.register(FetchCommand.class, new FetchHandler(), CommandKind.FETCH,
                CommandKind.UID_FETCH);
        table.register(SearchCommand.class, new SearchHandler(), CommandKind.SEARCH,
                CommandKind.UID_SEARCH);
        table.register(StoreCommand.class, new StoreHandler(), CommandKind.STORE,
                CommandKind.UID_STORE);
        table.register(CopyCommand.class, new CopyHandler(), CommandKind.COPY,
                CommandKind.UID_COPY);
        table.register(MoveCommand.class, new MoveHandler(), CommandKind.MOVE,
                CommandKind.UID_MOVE);
        table.register(ExpungeCommand.class, ExpungeHandler::expunge, CommandKind.EXPUNGE);
        table.register(UidExpungeCommand.class, ExpungeHandler::uidExpunge,
                CommandKind.UID_EXPUNGE);
        table.register(UidBatchesCommand.class, new UidBatchesHandler(),
                CommandKind.UIDBATCHES);
    }
}

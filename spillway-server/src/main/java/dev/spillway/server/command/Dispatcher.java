package dev.spillway.server.command;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.CommandKind;
import dev.spillway.protocol.command.ImapState;
import dev.spillway.protocol.command.UnknownCommand;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.server.session.SessionHandler;
import java.util.EnumSet;
import java.util.Set;

/**
 * Runs a parsed command: the state check of RFC 9051 §3 in one place, the handler from the
 * table, then the mailbox changes the client is owed before the tagged response.
 */
public final class Dispatcher {
    private static final CommandTable TABLE = buildTable();

    /**
     * Commands during which expunges must not be reported, because the client relies on
     * message sequence numbers staying put (RFC 9051 §7.5.1, RFC 3501 §7.4.1).
     */
    private static final Set<CommandKind> HOLD_EXPUNGES = EnumSet.of(
            CommandKind.FETCH, CommandKind.STORE, CommandKind.SEARCH);

    private Dispatcher() {
    }

    private static CommandTable buildTable() {
        CommandTable table = new CommandTable();
        SessionCommands.register(table);
        MailboxCommands.register(table);
        MessageCommands.register(table);
        QuotaCommands.register(table);
        return table;
    }

    /** True when every command kind but UNKNOWN has a handler. */
    static boolean complete() {
        for (CommandKind kind : CommandKind.values()) {
            if (kind != CommandKind.UNKNOWN && !TABLE.has(kind)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether running {@code command} needs nothing but the session's memory: an unknown
     * command or one in the wrong state is answered from memory, otherwise its handler
     * decides ({@link CommandHandler#inMemory}). Looking up changes of the selected mailbox
     * afterwards is the caller's concern.
     */
    public static boolean inMemory(Command command, ImapSession session) {
        if (command instanceof UnknownCommand || !command.kind().allowedIn(session.state())) {
            return true;
        }
        CommandTable.Entry<?> entry = TABLE.get(command.kind());
        return entry == null || entry.inMemory(command, session);
    }

    public static void dispatch(Command command, Exchange exchange, SessionHandler handler)
            throws Exception {
        if (command instanceof UnknownCommand unknown) {
            throw ImapException.bad("Unknown command " + unknown.name());
        }
        ImapState state = exchange.session().state();
        CommandKind kind = command.kind();
        if (!kind.allowedIn(state)) {
            throw ImapException.bad(kind.name().replace('_', ' ') + " is not allowed "
                    + describe(kind, state));
        }
        CommandTable.Entry<?> entry = TABLE.get(kind);
        if (entry == null) {
            throw ImapException.bad("Command " + kind.name().replace('_', ' ')
                    + " is not supported");
        }
        run(entry, command, exchange);
        if (exchange.session().state() == ImapState.SELECTED && !exchange.waiting()) {
            MailboxSync.report(exchange, !HOLD_EXPUNGES.contains(kind));
        }
    }

    private static <C extends Command> void run(CommandTable.Entry<C> entry, Command command,
            Exchange exchange) throws Exception {
        entry.handler().handle(entry.type().cast(command), exchange);
    }

    private static String describe(CommandKind kind, ImapState state) {
        if (state == ImapState.LOGOUT) {
            return "after LOGOUT";
        }
        if (state == ImapState.NOT_AUTHENTICATED) {
            return "before authentication";
        }
        if (kind.allowedIn(ImapState.NOT_AUTHENTICATED)) {
            return "after authentication";
        }
        return state == ImapState.SELECTED ? "while a mailbox is selected"
                : "without a selected mailbox";
    }
}

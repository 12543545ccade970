package dev.spillway.server.command;

import dev.spillway.protocol.command.Command;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;

/** Runs one kind of command. Ending the exchange is optional: the default ending is OK. */
@FunctionalInterface
public interface CommandHandler<C extends Command> {
    void handle(C command, Exchange exchange) throws Exception;

    /**
     * Whether {@code command} needs nothing but the session's memory: no store call, nothing
     * that blocks, and work bounded by the configured limits. Such a command may run on the
     * event loop. The default is false; a handler answers true only when it is sure.
     */
    default boolean inMemory(C command, ImapSession session) {
        return false;
    }

    /**
     * The largest selected mailbox whose commands may run on the event loop: a command that
     * walks every message of such a view stays far below a millisecond.
     */
    int IN_MEMORY_MAILBOX_LIMIT = 20_000;

    /** {@code handler}, declared to need only the session's memory for every command. */
    static <C extends Command> CommandHandler<C> fromMemory(CommandHandler<C> handler) {
        return new CommandHandler<>() {
            @Override
            public void handle(C command, Exchange exchange) throws Exception {
                handler.handle(command, exchange);
            }

            @Override
            public boolean inMemory(C command, ImapSession session) {
                return true;
            }
        };
    }
}

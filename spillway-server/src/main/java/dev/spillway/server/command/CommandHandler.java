package dev.spillway.server.command;

import dev.spillway.protocol.command.Command;
import dev.spillway.server.session.Exchange;

/** Runs one kind of command. Ending the exchange is optional: the default ending is OK. */
@FunctionalInterface
public interface CommandHandler<C extends Command> {
    void handle(C command, Exchange exchange) throws Exception;
}

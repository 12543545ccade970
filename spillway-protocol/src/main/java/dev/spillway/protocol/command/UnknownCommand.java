package dev.spillway.protocol.command;

/**
 * A command name this parser does not know; the server answers BAD.
 *
 * @param name the command name as sent, upper-cased
 */
public record UnknownCommand(String tag, String name) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.UNKNOWN;
    }
}

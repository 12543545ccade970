package dev.spillway.protocol.command;

/**
 * {@code LOGIN userid password} (RFC 9051 §6.2.3).
 *
 * @param userid user name, decoded as UTF-8
 * @param password password, decoded as UTF-8; never logged by {@link #toString()}
 */
public record LoginCommand(String tag, String userid, String password) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.LOGIN;
    }

    /** Hides the password. */
    @Override
    public String toString() {
        return "LoginCommand[tag=" + tag + ", userid=" + userid + ", password=<hidden>]";
    }
}

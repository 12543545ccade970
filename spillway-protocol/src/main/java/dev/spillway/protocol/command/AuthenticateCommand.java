package dev.spillway.protocol.command;

/**
 * {@code AUTHENTICATE mechanism [initial-response]} (RFC 9051 §6.2.2, RFC 4959).
 *
 * @param mechanism SASL mechanism name, upper-cased
 * @param initialResponse base64 initial response, {@code "="} for an empty one, or null when
 *     absent; never logged by {@link #toString()}
 */
public record AuthenticateCommand(
        String tag, String mechanism, String initialResponse) implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.AUTHENTICATE;
    }

    /** Hides the initial response, which carries credentials. */
    @Override
    public String toString() {
        return "AuthenticateCommand[tag=" + tag + ", mechanism=" + mechanism
                + (initialResponse == null ? "" : ", initialResponse=<hidden>") + "]";
    }
}

package dev.spillway.protocol.command;

/**
 * {@code SEARCH} or {@code UID SEARCH} (RFC 9051 §6.4.4, RFC 4731, RFC 9394).
 *
 * @param uid true for UID SEARCH
 * @param returnOptions the {@code RETURN (...)} options, or null when RETURN was not given
 * @param charset the {@code CHARSET} argument, or null
 * @param key the search criteria; several top-level keys are an {@link SearchKey.And}
 */
public record SearchCommand(
        String tag, boolean uid, SearchReturnOptions returnOptions, String charset, SearchKey key)
        implements Command {

    @Override
    public CommandKind kind() {
        return uid ? CommandKind.UID_SEARCH : CommandKind.SEARCH;
    }
}

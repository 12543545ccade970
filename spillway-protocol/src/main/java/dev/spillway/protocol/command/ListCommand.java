package dev.spillway.protocol.command;

import java.util.List;
import java.util.Set;

/**
 * {@code LIST}, basic (RFC 9051 §6.3.9) or extended (RFC 5258, RFC 5819, RFC 6154).
 *
 * @param reference reference name, possibly empty
 * @param patterns one or more mailbox patterns with {@code *} and {@code %} wildcards
 * @param selectOptions selection options; empty for basic LIST
 * @param returnOptions return options; empty when none were given
 * @param statusItems items of {@code RETURN (STATUS (...))} (RFC 5819); empty if none
 * @param extended true if the extended syntax was used (select options, several patterns or
 *     RETURN), which changes what the server must answer (RFC 5258 §3)
 */
public record ListCommand(
        String tag, String reference, List<String> patterns, Set<ListSelectOption> selectOptions,
        Set<ListReturnOption> returnOptions, List<StatusItem> statusItems, boolean extended)
        implements Command {

    @Override
    public CommandKind kind() {
        return CommandKind.LIST;
    }

    /** Copies the collections. */
    public ListCommand {
        patterns = List.copyOf(patterns);
        selectOptions = Set.copyOf(selectOptions);
        returnOptions = Set.copyOf(returnOptions);
        statusItems = List.copyOf(statusItems);
    }
}

package dev.spillway.protocol.command;

import java.util.List;
import java.util.OptionalLong;

/**
 * {@code FETCH} or {@code UID FETCH} (RFC 9051 §6.4.5, RFC 7162 §3.1.4 and §3.2.6, RFC 9394
 * §3.2).
 *
 * @param uid true for UID FETCH
 * @param set messages to fetch
 * @param attributes requested data items, macros already expanded
 * @param changedSince the {@code CHANGEDSINCE} modifier, or empty
 * @param vanished true if the {@code VANISHED} modifier was given (UID FETCH only)
 * @param partial the {@code PARTIAL} modifier: which of the matching messages to return, by
 *     position; null without one
 */
public record FetchCommand(
        String tag, boolean uid, SequenceSet set, List<FetchAttribute> attributes,
        OptionalLong changedSince, boolean vanished,
        SearchReturnOptions.PartialRange partial) implements Command {

    @Override
    public CommandKind kind() {
        return uid ? CommandKind.UID_FETCH : CommandKind.FETCH;
    }

    /** Copies the list. */
    public FetchCommand {
        attributes = List.copyOf(attributes);
    }
}

package dev.spillway.protocol.command;

import java.util.List;
import java.util.OptionalLong;

/**
 * {@code STORE} or {@code UID STORE} (RFC 9051 §6.4.6, RFC 7162 §3.1.3).
 *
 * @param uid true for UID STORE
 * @param action replace, add or remove
 * @param silent true for {@code .SILENT}
 * @param flags the flags, in order as sent
 * @param unchangedSince the {@code UNCHANGEDSINCE} modifier, or empty
 */
public record StoreCommand(
        String tag, boolean uid, SequenceSet set, StoreAction action, boolean silent,
        List<String> flags, OptionalLong unchangedSince) implements Command {

    @Override
    public CommandKind kind() {
        return uid ? CommandKind.UID_STORE : CommandKind.STORE;
    }

    /** Copies the list. */
    public StoreCommand {
        flags = List.copyOf(flags);
    }
}

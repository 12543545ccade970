package dev.spillway.proxy;

import dev.spillway.protocol.command.CommandKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metric label of a client command, from a fixed table so that a client cannot create
 * series by sending made-up command names. The labels are the server's ({@link CommandKind}
 * names such as {@code UID_FETCH}), so dashboards compare the two programs directly; anything
 * else is {@code UNKNOWN}.
 *
 * <p>A backend may offer commands Spillway's own server does not. The common read-only ones
 * (RFC 5256 SORT and THREAD) get labels of their own; other extensions count as
 * {@code UNKNOWN}, which keeps the proxy under the metrics' limit of distinct command series.
 */
final class CommandLabels {

    static final String UNKNOWN = CommandKind.UNKNOWN.name();
    static final String ID = CommandKind.ID.name();

    private static final List<String> EXTENSIONS =
            List.of("SORT", "UID_SORT", "THREAD", "UID_THREAD");
    private static final String UID = "UID";
    private static final String UID_PREFIX = "UID_";
    /** Upper-case command name to label; UID commands are in {@link #UID_COMMANDS}. */
    private static final Map<String, String> COMMANDS = new HashMap<>();
    /** What follows {@code UID}, any case, to label. */
    private static final Map<String, String> UID_COMMANDS =
            new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (CommandKind kind : CommandKind.values()) {
            add(kind.name());
        }
        EXTENSIONS.forEach(CommandLabels::add);
    }

    private CommandLabels() {
    }

    /** The label of the command {@code head} starts; no string is built. */
    static String of(CommandHead head) {
        String label = head.name().equals(UID)
                ? UID_COMMANDS.get(head.argument()) : COMMANDS.get(head.name());
        return label == null ? UNKNOWN : label;
    }

    private static void add(String label) {
        if (label.startsWith(UID_PREFIX)) {
            UID_COMMANDS.put(label.substring(UID_PREFIX.length()), label);
        } else {
            COMMANDS.put(label, label);
        }
    }
}

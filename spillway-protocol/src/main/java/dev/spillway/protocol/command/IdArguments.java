package dev.spillway.protocol.command;

import dev.spillway.protocol.parse.IdArgumentsParser;
import java.util.List;

/**
 * The argument of ID: NIL or a list of field/value pairs, in the order sent (RFC 2971 §3.1).
 * Duplicates and over-long fields are kept: judging them is the policy module's job.
 *
 * @param nil true if the client sent {@code ID NIL}
 * @param fields the pairs; empty for NIL or {@code ()}
 */
public record IdArguments(boolean nil, List<IdField> fields) {

    /** The {@code NIL} argument. */
    public static final IdArguments NIL = new IdArguments(true, List.of());

    /** Copies the list. */
    public IdArguments {
        fields = List.copyOf(fields);
        if (nil && !fields.isEmpty()) {
            throw new IllegalArgumentException("NIL has no fields");
        }
    }

    /**
     * Parses just the ID argument, e.g. {@code ("name" "x" "event" NIL)} or {@code NIL}, without
     * tag or command name. Literals are allowed.
     *
     * @throws dev.spillway.protocol.parse.CommandSyntaxException if the text is not valid
     */
    public static IdArguments parse(String text) {
        return IdArgumentsParser.parse(text);
    }

    /** The first field named {@code name} (case-insensitive), or null. */
    public IdField field(String name) {
        for (IdField field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return field;
            }
        }
        return null;
    }

    /** The value of the first field named {@code name}; null if absent or NIL. */
    public String value(String name) {
        IdField field = field(name);
        return field == null ? null : field.value();
    }
}

package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.IdArguments;
import dev.spillway.protocol.command.IdCommand;
import dev.spillway.protocol.command.IdField;
import dev.spillway.protocol.frame.RawCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * The ID command's argument (RFC 2971 §4): {@code NIL} or {@code (string SP nstring ...)}.
 * Only syntax is checked here. Field names must be strings (quoted or literal); values are
 * strings or NIL. The RFC 2971 §3.3 limits (30 pairs, field and value lengths, duplicates) are
 * left to the policy module, which decides what to do about them.
 */
public final class IdArgumentsParser {

    private IdArgumentsParser() {
    }

    /** {@code ID SP id-params-list}. */
    static Command id(String tag, ImapReader r) {
        r.expectSpace();
        return new IdCommand(tag, arguments(r));
    }

    /**
     * Parses a bare argument such as {@code ("name" "x" "event" NIL)}, for tools that check an
     * ID without a connection. Literals ({@code {3}} CRLF {@code abc}) are allowed.
     *
     * @throws CommandSyntaxException (without tag) if it is not a valid ID argument
     */
    public static IdArguments parse(String text) {
        RawCommand raw;
        try {
            raw = RawCommand.fromWire(text);
        } catch (IllegalArgumentException e) {
            throw new CommandSyntaxException(null, e.getMessage());
        }
        try {
            ImapReader reader = new ImapReader(raw);
            IdArguments arguments = arguments(reader);
            reader.expectEnd();
            return arguments;
        } catch (CommandSyntaxException e) {
            throw new CommandSyntaxException(null, e.getMessage());
        }
    }

    static IdArguments arguments(ImapReader r) {
        if (r.takeWordIf("NIL")) {
            return IdArguments.NIL;
        }
        if (!r.peekIs('(')) {
            throw r.error("Expected ( or NIL");
        }
        r.openList();
        List<IdField> fields = new ArrayList<>();
        if (!r.takeCloseIf()) {
            do {
                if (r.peekWord("NIL")) {
                    throw r.error("An ID field name must be a string, not NIL");
                }
                String name = r.takeString();
                r.expectSpace();
                String value = r.takeNstring();
                fields.add(new IdField(name, value));
            } while (r.takeIf(' '));
            r.closeList();
        }
        return new IdArguments(false, fields);
    }
}

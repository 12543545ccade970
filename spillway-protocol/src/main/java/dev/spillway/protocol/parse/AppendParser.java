package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.AppendCommand;
import dev.spillway.protocol.command.AppendMessage;
import dev.spillway.protocol.command.Command;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * APPEND (RFC 9051 §6.3.12) with MULTIAPPEND (RFC 3502 §6) and literal8 data (RFC 3516 §4.4):
 * {@code APPEND SP mailbox 1*(SP [flag-list SP] [date-time SP] (literal / literal8))}. The
 * message must be a literal; a quoted string is refused as the grammar requires.
 */
final class AppendParser {

    private AppendParser() {
    }

    static Command parse(String tag, ImapReader r) {
        r.expectSpace();
        String mailbox = r.takeMailbox();
        List<AppendMessage> messages = new ArrayList<>();
        do {
            r.expectSpace();
            messages.add(message(r));
        } while (!r.atEnd());
        return new AppendCommand(tag, mailbox, messages);
    }

    private static AppendMessage message(ImapReader r) {
        List<String> flags = List.of();
        if (r.peekIs('(')) {
            flags = r.takeFlagList();
            r.expectSpace();
        }
        OffsetDateTime date = null;
        if (r.peekIs('"')) {
            date = r.takeDateTime();
            r.expectSpace();
        }
        if (!r.peekLiteral()) {
            throw r.error("The message must be a literal, at offset " + r.position());
        }
        ImapReader.Literal literal = r.takeLiteral(true);
        return new AppendMessage(flags, date, literal.bytes(), literal.binary());
    }
}

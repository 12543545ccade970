package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.CreateCommand;
import dev.spillway.protocol.command.DeleteCommand;
import dev.spillway.protocol.command.RenameCommand;
import dev.spillway.protocol.command.StatusCommand;
import dev.spillway.protocol.command.StatusItem;
import dev.spillway.protocol.command.SubscribeCommand;
import dev.spillway.protocol.command.UnsubscribeCommand;
import java.util.ArrayList;
import java.util.List;

/** CREATE, DELETE, RENAME, SUBSCRIBE, UNSUBSCRIBE and STATUS. */
final class MailboxParsers {

    private MailboxParsers() {
    }

    /** {@code CREATE SP mailbox [SP "(" USE SP "(" use-attr *(SP use-attr) ")" ")"]}. */
    static Command create(String tag, ImapReader r) {
        r.expectSpace();
        String mailbox = r.takeMailbox();
        List<String> use = new ArrayList<>();
        if (r.takeIf(' ')) {
            r.openList();
            r.expectWord("USE");
            r.expectSpace();
            r.openList();
            do {
                String attribute = r.takeFlag();
                if (!attribute.startsWith("\\")) {
                    throw r.error("A special-use attribute starts with \\");
                }
                use.add(attribute);
            } while (r.takeIf(' '));
            r.closeList();
            r.closeList();
        }
        return new CreateCommand(tag, mailbox, use);
    }

    static Command delete(String tag, ImapReader r) {
        r.expectSpace();
        return new DeleteCommand(tag, r.takeMailbox());
    }

    static Command rename(String tag, ImapReader r) {
        r.expectSpace();
        String from = r.takeMailbox();
        r.expectSpace();
        return new RenameCommand(tag, from, r.takeMailbox());
    }

    static Command subscribe(String tag, ImapReader r) {
        r.expectSpace();
        return new SubscribeCommand(tag, r.takeMailbox());
    }

    static Command unsubscribe(String tag, ImapReader r) {
        r.expectSpace();
        return new UnsubscribeCommand(tag, r.takeMailbox());
    }

    /** {@code STATUS SP mailbox SP "(" status-att *(SP status-att) ")"}. */
    static Command status(String tag, ImapReader r) {
        r.expectSpace();
        String mailbox = r.takeMailbox();
        r.expectSpace();
        return new StatusCommand(tag, mailbox, statusItems(r));
    }

    /** A non-empty parenthesised list of STATUS items (RFC 9051 §9, status-att). */
    static List<StatusItem> statusItems(ImapReader r) {
        r.openList();
        List<StatusItem> items = new ArrayList<>();
        do {
            String name = r.takeAtomUpper();
            items.add(StatusItem.named(name)
                    .orElseThrow(() -> r.error("Unknown STATUS item " + name)));
        } while (r.takeIf(' '));
        r.closeList();
        return items;
    }
}

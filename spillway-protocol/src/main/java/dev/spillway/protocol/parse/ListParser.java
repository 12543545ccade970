package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.ListCommand;
import dev.spillway.protocol.command.ListReturnOption;
import dev.spillway.protocol.command.ListSelectOption;
import dev.spillway.protocol.command.LsubCommand;
import dev.spillway.protocol.command.StatusItem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * LIST, basic and extended (RFC 9051 §6.3.9, RFC 5258 §3, RFC 5819, RFC 6154 §3), and LSUB
 * (RFC 3501 §6.3.9). Unknown selection or return options are a BAD, as RFC 5258 §3 requires.
 */
final class ListParser {

    private ListParser() {
    }

    /**
     * {@code LIST [SP list-select-opts] SP mailbox SP mbox-or-pat [SP list-return-opts]}.
     */
    static Command list(String tag, ImapReader r) {
        r.expectSpace();
        boolean extended = false;
        Set<ListSelectOption> select = EnumSet.noneOf(ListSelectOption.class);
        if (r.peekIs('(')) {
            extended = true;
            selectOptions(r, select);
            r.expectSpace();
        }
        String reference = r.takeMailbox();
        r.expectSpace();
        List<String> patterns = new ArrayList<>();
        if (r.takeOpenIf()) {
            extended = true;
            do {
                patterns.add(r.takeListMailbox());
            } while (r.takeIf(' '));
            r.closeList();
        } else {
            patterns.add(r.takeListMailbox());
        }
        Set<ListReturnOption> returns = EnumSet.noneOf(ListReturnOption.class);
        List<StatusItem> status = new ArrayList<>();
        if (r.takeIf(' ')) {
            extended = true;
            r.expectWord("RETURN");
            r.expectSpace();
            returnOptions(r, returns, status);
        }
        return new ListCommand(tag, reference, patterns, select, returns, status, extended);
    }

    /** {@code LSUB SP mailbox SP list-mailbox}. */
    static Command lsub(String tag, ImapReader r) {
        r.expectSpace();
        String reference = r.takeMailbox();
        r.expectSpace();
        return new LsubCommand(tag, reference, r.takeListMailbox());
    }

    private static void selectOptions(ImapReader r, Set<ListSelectOption> select) {
        r.openList();
        if (!r.takeCloseIf()) {
            do {
                String name = r.takeAtomUpper();
                switch (name) {
                    case "SUBSCRIBED" -> select.add(ListSelectOption.SUBSCRIBED);
                    case "REMOTE" -> select.add(ListSelectOption.REMOTE);
                    case "RECURSIVEMATCH" -> select.add(ListSelectOption.RECURSIVEMATCH);
                    case "SPECIAL-USE" -> select.add(ListSelectOption.SPECIAL_USE);
                    default -> throw r.error("Unknown LIST selection option " + name);
                }
            } while (r.takeIf(' '));
            r.closeList();
        }
        // RFC 5258 §3.1: RECURSIVEMATCH needs an option it can modify.
        if (select.contains(ListSelectOption.RECURSIVEMATCH)
                && !select.contains(ListSelectOption.SUBSCRIBED)
                && !select.contains(ListSelectOption.SPECIAL_USE)) {
            throw r.error("RECURSIVEMATCH needs another selection option");
        }
    }

    private static void returnOptions(ImapReader r, Set<ListReturnOption> returns,
            List<StatusItem> status) {
        r.openList();
        if (r.takeCloseIf()) {
            return;
        }
        do {
            String name = r.takeAtomUpper();
            switch (name) {
                case "SUBSCRIBED" -> returns.add(ListReturnOption.SUBSCRIBED);
                case "CHILDREN" -> returns.add(ListReturnOption.CHILDREN);
                case "SPECIAL-USE" -> returns.add(ListReturnOption.SPECIAL_USE);
                case "STATUS" -> {
                    if (!returns.add(ListReturnOption.STATUS)) {
                        throw r.error("STATUS given twice");
                    }
                    r.expectSpace();
                    status.addAll(MailboxParsers.statusItems(r));
                }
                default -> throw r.error("Unknown LIST return option " + name);
            }
        } while (r.takeIf(' '));
        r.closeList();
    }
}

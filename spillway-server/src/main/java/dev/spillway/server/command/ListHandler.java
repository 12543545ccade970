package dev.spillway.server.command;

import dev.spillway.protocol.command.ListCommand;
import dev.spillway.protocol.command.ListReturnOption;
import dev.spillway.protocol.command.ListSelectOption;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * LIST (RFC 3501 §6.3.8) with the extensions built on it: LIST-EXTENDED (RFC 5258: selection
 * options, several patterns, return options), CHILDREN (RFC 3348), SPECIAL-USE (RFC 6154) and
 * LIST-STATUS (RFC 5819).
 *
 * <p>Every existing name carries {@code \HasChildren} or {@code \HasNoChildren}, and special-use
 * attributes are always shown: a server may send them unasked (RFC 5258 §3, RFC 6154 §2), and
 * clients that only use basic LIST need them to find Sent or Trash. {@code \Subscribed}
 * appears only when the SUBSCRIBED selection or return option asks for it.
 */
final class ListHandler implements CommandHandler<ListCommand> {
    @Override
    public void handle(ListCommand command, Exchange exchange) throws Exception {
        String reference = MailboxNameCodec.decodePattern(command.reference());
        List<ListPattern> patterns = new ArrayList<>();
        boolean delimiterAsked = false;
        for (String sent : command.patterns()) {
            String pattern = MailboxNameCodec.decodePattern(sent);
            if (pattern.isEmpty()) {
                delimiterAsked = true;
            } else {
                patterns.add(ListPattern.of(reference, pattern));
            }
        }
        if (delimiterAsked) {
            // RFC 3501 §6.3.8: an empty pattern asks for the delimiter and the root name;
            // the one namespace has no prefix, so the root is "".
            exchange.out().untagged().atom("LIST").openList().flag("\\Noselect").closeList()
                    .quoted("/").quoted("").crlf();
        }
        if (!patterns.isEmpty()) {
            list(command, patterns, exchange);
        }
        exchange.ok("LIST completed");
    }

    private static void list(ListCommand command, List<ListPattern> patterns, Exchange exchange)
            throws Exception {
        MailAccount account = exchange.session().account();
        ListSelection selection = new ListSelection(command.selectOptions());
        List<ListSelection.Item> items = selection.select(account.list(),
                account.subscriptions(), patterns);
        boolean showSubscribed = command.selectOptions().contains(ListSelectOption.SUBSCRIBED)
                || command.returnOptions().contains(ListReturnOption.SUBSCRIBED);
        boolean status = command.returnOptions().contains(ListReturnOption.STATUS);
        for (ListSelection.Item item : items) {
            write(exchange.out(), item, showSubscribed, selection.criteria());
            if (status && item.exists() && item.selectable()) {
                writeStatus(exchange, account, item.name(), command);
            }
            exchange.flushIfLarge();
        }
    }

    private static void write(ImapWriter out, ListSelection.Item item, boolean showSubscribed,
            List<String> criteria) {
        out.untagged().atom("LIST").openList();
        if (!item.exists()) {
            out.flag("\\NonExistent"); // implies \Noselect (RFC 5258 §3)
        } else if (!item.selectable()) {
            out.flag("\\Noselect");
        }
        if (showSubscribed && item.subscribed()) {
            out.flag("\\Subscribed");
        }
        if (item.hasChildren()) {
            out.flag("\\HasChildren");
        } else if (item.exists()) {
            out.flag("\\HasNoChildren");
        }
        item.specialUse().ifPresent(use -> out.flag(use.attribute()));
        out.closeList().quoted("/");
        MailboxNameCodec.write(out, item.name());
        if (item.childInfo()) {
            // RFC 5258 §3.5: a descendant meets the selection criteria.
            out.openList().quoted("CHILDINFO").openList();
            for (String criterion : criteria) {
                out.quoted(criterion);
            }
            out.closeList().closeList();
        }
        out.crlf();
    }

    /**
     * RFC 5819: a STATUS response follows the LIST response of each selectable mailbox. A
     * mailbox deleted in between simply gets none.
     */
    private static void writeStatus(Exchange exchange, MailAccount account, String name,
            ListCommand command) throws StoreException {
        MailboxInfo info;
        try {
            info = account.status(name);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.NONEXISTENT) {
                return;
            }
            throw e;
        }
        StatusHandler.write(exchange.out(), name, info, command.statusItems(),
                StatusHandler.appendLimit(exchange));
    }
}

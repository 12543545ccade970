package dev.spillway.server.command;

import dev.spillway.protocol.command.LsubCommand;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.ListEntry;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * LSUB (RFC 3501 §6.3.9): the subscribed names that match the pattern. A subscribed name need
 * not exist (§6.3.6); one that cannot be selected, because it does not exist or is only a
 * placeholder, is shown with {@code \Noselect}.
 *
 * <p>The {@code %} rule of §6.3.9: when {@code foo/bar} is subscribed but {@code foo} is not,
 * {@code LSUB "" "%"} returns {@code foo} with {@code \Noselect} rather than nothing. In
 * general an unsubscribed superior is returned, as {@code \Noselect}, when it matches a
 * pattern that has a {@code %} and the subscribed name below it does not.
 */
final class ListSubscriptionsHandler implements CommandHandler<LsubCommand> {
    @Override
    public void handle(LsubCommand command, Exchange exchange) throws Exception {
        String reference = MailboxNameCodec.decodePattern(command.reference());
        String sent = MailboxNameCodec.decodePattern(command.pattern());
        if (sent.isEmpty()) {
            // As for LIST (RFC 3501 §6.3.8): the delimiter and the root name.
            exchange.out().untagged().atom("LSUB").openList().flag("\\Noselect").closeList()
                    .quoted("/").quoted("").crlf();
            exchange.ok("LSUB completed");
            return;
        }
        ListPattern pattern = ListPattern.of(reference, sent);
        MailAccount account = exchange.session().account();
        Map<String, Boolean> selectable = new HashMap<>();
        for (ListEntry entry : account.list()) {
            selectable.put(entry.name(), entry.selectable());
        }
        Set<String> subscribed = new HashSet<>();
        for (String name : account.subscriptions()) {
            subscribed.add(MailboxNames.canonical(name));
        }
        // name -> whether it is shown as \Noselect; sorted for a stable order
        Map<String, Boolean> out = new TreeMap<>();
        for (String name : subscribed) {
            if (pattern.matches(name)) {
                out.put(name, !selectable.getOrDefault(name, false));
            } else if (pattern.hasPercent()) {
                for (String superior : MailboxNames.superiors(name)) {
                    if (!subscribed.contains(superior) && pattern.matches(superior)) {
                        out.put(superior, true);
                    }
                }
            }
        }
        for (Map.Entry<String, Boolean> e : out.entrySet()) {
            write(exchange.out(), e.getKey(), e.getValue());
        }
        exchange.ok("LSUB completed");
    }

    private static void write(ImapWriter out, String name, boolean noselect) {
        out.untagged().atom("LSUB").openList();
        if (noselect) {
            out.flag("\\Noselect");
        }
        out.closeList().quoted("/");
        MailboxNameCodec.write(out, name).crlf();
    }
}

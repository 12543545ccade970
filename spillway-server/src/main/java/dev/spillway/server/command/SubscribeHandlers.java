package dev.spillway.server.command;

import dev.spillway.protocol.command.SubscribeCommand;
import dev.spillway.protocol.command.UnsubscribeCommand;
import dev.spillway.server.session.Exchange;

/**
 * SUBSCRIBE and UNSUBSCRIBE (RFC 3501 §6.3.6, §6.3.7). A name may be subscribed whether or not
 * a mailbox by that name exists, as §6.3.6 allows; unsubscribing a name that is not subscribed
 * succeeds and changes nothing.
 */
final class SubscribeHandlers {
    private SubscribeHandlers() {
    }

    static void subscribe(SubscribeCommand command, Exchange exchange) throws Exception {
        exchange.session().account().subscribe(MailboxNameCodec.decode(command.mailbox()));
        exchange.ok("SUBSCRIBE completed");
    }

    static void unsubscribe(UnsubscribeCommand command, Exchange exchange) throws Exception {
        exchange.session().account().unsubscribe(MailboxNameCodec.decode(command.mailbox()));
        exchange.ok("UNSUBSCRIBE completed");
    }
}

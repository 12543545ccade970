package dev.spillway.server.command;

import dev.spillway.protocol.command.GetQuotaRootCommand;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxNames;
import dev.spillway.store.QuotaLimits;

/**
 * GETQUOTAROOT (RFC 9208 §4.1.2): {@code * QUOTAROOT mailbox ""} and that root's QUOTA, or a
 * QUOTAROOT without roots when the account has no limit. The mailbox need not exist
 * (§4.1.2: the answer tells which root a mailbox would fall under once created); every valid
 * name of the account falls under its one root.
 */
final class GetQuotaRootHandler implements CommandHandler<GetQuotaRootCommand> {
    @Override
    public void handle(GetQuotaRootCommand command, Exchange exchange) throws Exception {
        String name = MailboxNames.checked(MailboxNameCodec.decode(command.mailbox()));
        MailAccount account = exchange.session().account();
        QuotaLimits limits = account.quotaLimits();
        MailboxNameCodec.write(exchange.out().untagged().atom("QUOTAROOT"), name);
        if (limits.any()) {
            exchange.out().quoted(QuotaResponse.ROOT);
        }
        exchange.out().crlf();
        if (limits.any()) {
            QuotaResponse.write(exchange.out(), account, limits);
        }
        exchange.ok("GETQUOTAROOT completed");
    }
}

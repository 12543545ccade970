package dev.spillway.server.command;

import dev.spillway.protocol.command.GetQuotaCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailAccount;
import dev.spillway.store.QuotaLimits;

/**
 * GETQUOTA (RFC 9208 §4.1.1) for the account's one root, "". Any other name, and "" while the
 * account has no limit, is no quota root: {@code NO [NONEXISTENT]}.
 */
final class GetQuotaHandler implements CommandHandler<GetQuotaCommand> {
    @Override
    public void handle(GetQuotaCommand command, Exchange exchange) throws Exception {
        MailAccount account = exchange.session().account();
        QuotaLimits limits = command.root().equals(QuotaResponse.ROOT)
                ? account.quotaLimits() : QuotaLimits.NONE;
        if (!limits.any()) {
            throw ImapException.no(ResponseCode.NONEXISTENT, "No such quota root");
        }
        QuotaResponse.write(exchange.out(), account, limits);
        exchange.ok("GETQUOTA completed");
    }
}

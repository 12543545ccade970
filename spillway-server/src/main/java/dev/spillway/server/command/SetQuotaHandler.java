package dev.spillway.server.command;

import dev.spillway.protocol.command.SetQuotaCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;

/**
 * SETQUOTA (RFC 9208 §4.1.3) is always refused: limits are the operator's, set with
 * {@code spillway user quota}, and users may not raise their own. QUOTASET is not advertised,
 * so RFC 9208 §3.2 clients do not expect it to work; the answer is {@code NO [NOPERM]}.
 */
final class SetQuotaHandler implements CommandHandler<SetQuotaCommand> {
    @Override
    public void handle(SetQuotaCommand command, Exchange exchange) throws Exception {
        throw ImapException.no(ResponseCode.NOPERM, "Quotas are set by the administrator");
    }
}

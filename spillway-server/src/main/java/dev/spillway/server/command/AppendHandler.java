package dev.spillway.server.command;

import dev.spillway.protocol.command.AppendCommand;
import dev.spillway.protocol.command.AppendMessage;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.AppendResult;
import dev.spillway.store.Flags;
import java.util.List;

/**
 * APPEND (RFC 3501 §6.3.11) with the APPENDUID response code (RFC 4315 §3). The internal
 * date keeps the offset the client gave. The store refuses a missing mailbox with
 * {@code NO [TRYCREATE]} and a message over APPENDLIMIT (RFC 7889) with {@code NO [TOOBIG]}.
 * When the message lands in the selected mailbox, the new EXISTS is reported before the
 * tagged OK.
 *
 * <p>Not supported: MULTIAPPEND (RFC 3502), because the store appends one message per
 * transaction and RFC 3502 demands all or nothing; a command with several messages is
 * answered BAD.
 *
 * <p>A message sent as literal8 ({@code ~{n}}, RFC 3516 §4.4) is stored with its octets as
 * they came, NUL included; FETCH sends such content back as literal8.
 */
final class AppendHandler implements CommandHandler<AppendCommand> {
    @Override
    public void handle(AppendCommand command, Exchange exchange) throws Exception {
        if (command.messages().size() != 1) {
            throw ImapException.bad("MULTIAPPEND is not supported; append one message per"
                    + " command");
        }
        AppendMessage message = command.messages().get(0);
        String name = MailboxNameCodec.decode(command.mailbox());
        Flags flags = flags(message.flags());
        int limit = exchange.server().settings().authenticatedLiteralSize();
        if (message.message().length > limit) {
            // RFC 7889 §4: over APPENDLIMIT is TOOBIG. The literal limit usually refuses such
            // a message while it is framed; this holds whatever limit framing used.
            throw ImapException.no(ResponseCode.TOOBIG,
                    "The message is larger than APPENDLIMIT " + limit);
        }
        if (message.message().length == 0) {
            throw ImapException.no(ResponseCode.CANNOT, "An empty message cannot be appended");
        }
        AppendResult result = exchange.session().account()
                .append(name, message.message(), flags, message.internalDate());
        SelectedMailbox selected = exchange.session().selected();
        if (selected != null && selected.id() == result.mailboxId()) {
            exchange.markChanged();
        }
        exchange.ok(ResponseCode.of("APPENDUID", result.uidValidity() + " " + result.uid()),
                "APPEND completed");
    }

    /**
     * The flags to store. {@code \Recent} cannot be set by a client (RFC 3501 §2.3.2), and a
     * system flag this server does not know would be silently lost, so both are refused.
     */
    private static Flags flags(List<String> sent) throws ImapException {
        for (String flag : sent) {
            if (flag.equalsIgnoreCase(Flags.RECENT)) {
                throw ImapException.bad("\\Recent cannot be set by APPEND");
            }
            if (flag.startsWith("\\") && !isSystem(flag)) {
                throw ImapException.bad("Unknown system flag " + flag);
            }
        }
        return Flags.of(sent);
    }

    private static boolean isSystem(String flag) {
        for (String system : Flags.SYSTEM) {
            if (system.equalsIgnoreCase(flag)) {
                return true;
            }
        }
        return false;
    }
}

package dev.spillway.server.command;

import dev.spillway.protocol.command.StatusCommand;
import dev.spillway.protocol.command.StatusItem;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailboxInfo;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * STATUS (RFC 3501 §6.3.10): MESSAGES, RECENT, UIDNEXT, UIDVALIDITY and UNSEEN, plus SIZE
 * (RFC 8438), HIGHESTMODSEQ (RFC 7162 §3.1.2.1), which the store keeps exactly, and
 * APPENDLIMIT (RFC 7889 §3.2), the largest message APPEND accepts, the same for every mailbox,
 * and DELETED (RFC 9051 §6.3.11) and DELETED-STORAGE, which RFC 9208 §4.2 requires of a server
 * with the MESSAGE and STORAGE quota resources. Works on the selected mailbox too, with the
 * store's counts rather than the session's view.
 */
final class StatusHandler implements CommandHandler<StatusCommand> {
    @Override
    public void handle(StatusCommand command, Exchange exchange) throws Exception {
        String name = MailboxNameCodec.decode(command.mailbox());
        MailboxInfo info = exchange.session().account().status(name);
        write(exchange.out(), name, info, command.items(), appendLimit(exchange));
        exchange.ok("STATUS completed");
    }

    /** The largest message APPEND accepts, in octets (RFC 7889 §3.2). */
    static long appendLimit(Exchange exchange) {
        return exchange.server().settings().authenticatedLiteralSize();
    }

    /** Writes {@code * STATUS name (item value ...)} with the items in the order asked. */
    static void write(ImapWriter out, String name, MailboxInfo info, List<StatusItem> items,
            long appendLimit) {
        out.untagged().atom("STATUS");
        MailboxNameCodec.write(out, name).openList();
        // An item asked twice is answered once.
        for (StatusItem item : new LinkedHashSet<>(items)) {
            out.atom(item.wireName()).number(item == StatusItem.APPENDLIMIT ? appendLimit
                    : value(item, info));
        }
        out.closeList().crlf();
    }

    private static long value(StatusItem item, MailboxInfo info) {
        return switch (item) {
            case MESSAGES -> info.messages();
            case RECENT -> info.recent();
            case UIDNEXT -> info.uidNext();
            case UIDVALIDITY -> info.uidValidity();
            case UNSEEN -> info.unseen();
            case SIZE -> info.size();
            case HIGHESTMODSEQ -> info.highestModSeq();
            case DELETED -> info.deleted();
            case DELETED_STORAGE -> Kibibytes.of(info.deletedSize());
            case APPENDLIMIT -> throw new IllegalArgumentException(
                    "APPENDLIMIT is not a mailbox count");
        };
    }
}

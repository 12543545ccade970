package dev.spillway.server.command;

import dev.spillway.protocol.command.MoveCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.MessageSets;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.CopyResult;

/**
 * MOVE and UID MOVE (RFC 6851): copy and expunge in one store transaction, then
 * {@code * OK [COPYUID ...]}, one {@code * n EXPUNGE} per moved message and the tagged OK, in
 * that order (RFC 6851 §4.3). Once QRESYNC is on, one {@code * VANISHED uid-set} replaces the
 * EXPUNGE responses (RFC 6851 §4.4, RFC 7162 §3.2.10), as it does once UIDONLY is on (RFC 9586
 * §3), which also refuses MOVE by sequence numbers.
 *
 * <p>MESSAGELIMIT (RFC 9738 §3.1): of more messages than the limit, only those with the
 * highest UIDs are moved, and the tagged OK carries {@code [MESSAGELIMIT n lowest-uid]}.
 */
final class MoveHandler implements CommandHandler<MoveCommand> {

    @Override
    public void handle(MoveCommand command, Exchange exchange) throws Exception {
        UidOnly.requireUid(exchange.session(), command.uid(), "MOVE");
        SelectedMailbox view = exchange.session().selected();
        String target = MailboxNameCodec.decode(command.mailbox());
        int[] seqs = MessageSets.resolve(command.set(), command.uid(), view);
        if (view.readOnly()) {
            // RFC 6851 §3.3: MOVE expunges, which a read-only mailbox does not allow.
            throw ImapException.no(ResponseCode.READ_ONLY, "The mailbox is read-only");
        }
        MessageLimit limit = MessageLimit.of(exchange);
        ResponseCode cut = limit.cut(seqs, view);
        seqs = limit.highest(seqs);
        CopyResult result = exchange.session().account().move(view.id(),
                MessageSets.uids(seqs, view), target);
        if (!result.sourceUids().isEmpty()) {
            exchange.out().untagged().atom("OK").code(CopyHandler.copyUid(result))
                    .text("Moved").crlf();
            view.markExpunged(result.sourceUids());
            MailboxSync.write(exchange, view.flushExpunges());
            exchange.markChanged();
        }
        String text = command.uid() ? "UID MOVE completed" : "MOVE completed";
        if (cut == null) {
            exchange.ok(text);
        } else {
            exchange.ok(cut, text + " for the last " + limit.limit() + " messages");
        }
    }

}

package dev.spillway.server.command;

import dev.spillway.protocol.command.CopyCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.MessageSets;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.CopyResult;
import dev.spillway.store.UidSet;

/**
 * COPY and UID COPY (RFC 3501 §6.4.7, §6.4.8). A missing target is {@code NO [TRYCREATE]}
 * (the store reports it; the error mapper answers). The tagged OK carries
 * {@code [COPYUID uidvalidity source-uids target-uids]} (RFC 4315 §3) when anything was copied.
 *
 * <p>COPY is all or nothing, so more messages than MESSAGELIMIT are refused with
 * {@code NO [MESSAGELIMIT n]} before anything is copied (RFC 9738 §3.1). Once UIDONLY is on,
 * only UID COPY is allowed (RFC 9586 §3).
 */
final class CopyHandler implements CommandHandler<CopyCommand> {

    @Override
    public void handle(CopyCommand command, Exchange exchange) throws Exception {
        UidOnly.requireUid(exchange.session(), command.uid(), "COPY");
        SelectedMailbox view = exchange.session().selected();
        String target = MailboxNameCodec.decode(command.mailbox());
        int[] seqs = MessageSets.resolve(command.set(), command.uid(), view);
        MessageLimit.of(exchange).check(seqs.length);
        CopyResult result = exchange.session().account().copy(view.id(),
                MessageSets.uids(seqs, view), target);
        if (result.targetMailboxId() == view.id()) {
            exchange.markChanged(); // the copies are new messages in this very mailbox
        }
        String text = command.uid() ? "UID COPY completed" : "COPY completed";
        if (result.sourceUids().isEmpty()) {
            exchange.ok(text);
        } else {
            exchange.ok(copyUid(result), text);
        }
    }

    /**
     * {@code COPYUID} (RFC 4315 §3). Both UID lists ascend together (the store numbers the
     * copies in source order), so writing each as ranges keeps them paired.
     */
    static ResponseCode copyUid(CopyResult result) {
        return ResponseCode.of("COPYUID", result.targetUidValidity() + " "
                + UidSet.of(result.sourceUids()) + " " + UidSet.of(result.targetUids()));
    }
}

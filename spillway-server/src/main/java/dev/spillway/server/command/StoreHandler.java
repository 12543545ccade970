package dev.spillway.server.command;

import dev.spillway.protocol.command.StoreCommand;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.MessageSets;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.StoreResult;
import java.util.OptionalLong;

/**
 * STORE and UID STORE (RFC 3501 §6.4.6, §6.4.8): one store call for the whole set, then, unless
 * {@code .SILENT}, {@code * n FETCH (FLAGS (...))} with the new flags of every message in the
 * set, with the UID added for UID STORE. {@code \Recent} is a session property and cannot be
 * stored (RFC 3501 §2.3.2); it is dropped from the request.
 */
final class StoreHandler implements CommandHandler<StoreCommand> {

    @Override
    public void handle(StoreCommand command, Exchange exchange) throws Exception {
        if (command.unchangedSince().isPresent()) {
            throw ImapException.bad("UNCHANGEDSINCE needs CONDSTORE, which is not supported");
        }
        SelectedMailbox view = exchange.session().selected();
        int[] seqs = MessageSets.resolve(command.set(), command.uid(), view);
        if (view.readOnly()) {
            throw ImapException.no(ResponseCode.READ_ONLY, "The mailbox is read-only");
        }
        if (seqs.length > 0) {
            StoreResult result = exchange.session().account().store(view.id(),
                    MessageSets.uids(seqs, view), mode(command), Flags.of(command.flags()),
                    OptionalLong.empty());
            view.applyOwn(result.changed());
            if (!result.changed().isEmpty()) {
                exchange.markChanged();
            }
        }
        if (!command.silent()) {
            for (int seq : seqs) {
                MessageMeta meta = view.at(seq);
                if (view.isExpunged(meta.uid())) {
                    continue;
                }
                ImapWriter out = exchange.out().untagged().number(seq).atom("FETCH").openList();
                FlagsWriter.write(out.atom("FLAGS"), meta.flags(), view.isRecent(meta.uid()));
                if (command.uid()) {
                    out.atom("UID").number(meta.uid());
                }
                out.closeList().crlf();
            }
        }
        exchange.ok(command.uid() ? "UID STORE completed" : "STORE completed");
    }

    private static FlagMode mode(StoreCommand command) {
        return switch (command.action()) {
            case REPLACE -> FlagMode.REPLACE;
            case ADD -> FlagMode.ADD;
            case REMOVE -> FlagMode.REMOVE;
        };
    }
}

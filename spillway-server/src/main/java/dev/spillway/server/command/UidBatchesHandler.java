package dev.spillway.server.command;

import dev.spillway.protocol.command.UidBatchesCommand;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.UidBatches;
import dev.spillway.server.session.Exchange;
import java.util.Arrays;
import java.util.List;

/**
 * UIDBATCHES (RFC 10022): {@code * UIDBATCHES (TAG "t") high:low,high:low,...}, the UID ranges
 * that split the selected mailbox into batches of the asked size, highest UIDs first (see
 * {@link UidBatches}). The response is sent even when no batch falls in the asked range.
 *
 * <p>Limits (RFC 10022 §3.1.3, §3.1.5): a batch size under {@value #MIN_BATCH_SIZE} is
 * refused with {@code NO [TOOFEW]}; a request spanning more than {@value #MAX_MESSAGES}
 * messages (batch size times batches asked, or the whole mailbox without a range) with
 * {@code NO [TOOMANY]}, the least the RFC requires a server to support. Messages expunged by
 * another session and not yet reported to this one are left out of the batches.
 */
final class UidBatchesHandler implements CommandHandler<UidBatchesCommand> {
    /** The smallest batch size RFC 10022 §3.1.3 lets a server refuse below. */
    static final long MIN_BATCH_SIZE = 500;

    /** How many messages one request may span. */
    static final long MAX_MESSAGES = 100_000;

    @Override
    public void handle(UidBatchesCommand command, Exchange exchange) throws Exception {
        if (command.batchSize() < MIN_BATCH_SIZE) {
            throw ImapException.no(new ResponseCode("TOOFEW", null),
                    "Minimum batch size is " + MIN_BATCH_SIZE);
        }
        if (command.hasRange() && command.firstBatch() > command.lastBatch()) {
            throw ImapException.bad("The batch range must run from low to high");
        }
        SelectedMailbox view = exchange.session().selected();
        long[] uids = liveUids(view);
        long spanned = command.hasRange()
                ? spanned(command.batchSize(), command.lastBatch() - command.firstBatch() + 1)
                : uids.length;
        if (spanned > MAX_MESSAGES) {
            throw ImapException.no(new ResponseCode("TOOMANY", null),
                    "At most " + MAX_MESSAGES + " messages per UIDBATCHES; ask for a range");
        }
        long last = command.hasRange() ? command.lastBatch() : Long.MAX_VALUE;
        List<UidBatches.Range> ranges = UidBatches.of(uids, command.batchSize(),
                command.firstBatch(), last);
        ImapWriter out = exchange.out().untagged().atom("UIDBATCHES");
        out.openList().atom("TAG").string(exchange.tag()).closeList();
        if (!ranges.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (UidBatches.Range range : ranges) {
                list.append(list.isEmpty() ? "" : ",").append(range);
            }
            out.text(list.toString());
        }
        out.crlf();
        exchange.ok("UIDBATCHES completed");
    }

    /** Batch size times batch count, saturating instead of overflowing. */
    private static long spanned(long size, long batches) {
        return batches > Long.MAX_VALUE / size ? Long.MAX_VALUE : size * batches;
    }

    private static long[] liveUids(SelectedMailbox view) {
        long[] uids = new long[view.exists()];
        int n = 0;
        for (int seq = 1; seq <= view.exists(); seq++) {
            long uid = view.at(seq).uid();
            if (!view.isExpunged(uid)) {
                uids[n++] = uid;
            }
        }
        return Arrays.copyOf(uids, n);
    }
}

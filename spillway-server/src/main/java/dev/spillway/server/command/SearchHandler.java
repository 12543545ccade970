package dev.spillway.server.command;

import dev.spillway.protocol.command.SearchCommand;
import dev.spillway.protocol.command.SearchReturnOptions;
import dev.spillway.protocol.command.SearchReturnOptions.Option;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.SearchEvaluator;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.UidSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SEARCH and UID SEARCH (RFC 3501 §6.4.4, §6.4.8), with the RETURN options MIN, MAX, COUNT and
 * ALL of ESEARCH (RFC 4731). Results are sequence numbers, or UIDs for UID SEARCH.
 *
 * <p>Not supported: RETURN (SAVE) (RFC 5182 SEARCHRES) and PARTIAL (RFC 9394), because the
 * server offers neither extension; both are answered BAD.
 */
final class SearchHandler implements CommandHandler<SearchCommand> {
    /** The charsets every string criterion can be given in (RFC 3501 §6.4.4). */
    private static final ResponseCode BADCHARSET =
            new ResponseCode("BADCHARSET", "(US-ASCII UTF-8)");

    @Override
    public void handle(SearchCommand command, Exchange exchange) throws Exception {
        String charset = command.charset();
        if (charset != null && !charset.equalsIgnoreCase("US-ASCII")
                && !charset.equalsIgnoreCase("UTF-8")) {
            throw ImapException.no(BADCHARSET, "Unsupported charset " + charset);
        }
        SearchReturnOptions returns = command.returnOptions();
        if (returns != null && (returns.partial() != null
                || returns.options().contains(Option.SAVE))) {
            throw ImapException.bad("SEARCH RETURN (SAVE) and PARTIAL are not supported");
        }
        SelectedMailbox view = exchange.session().selected();
        List<Integer> seqs = new SearchEvaluator(exchange.session().account(), view)
                .search(command.key());
        List<Long> results = new ArrayList<>(seqs.size());
        for (int seq : seqs) {
            results.add(command.uid() ? view.at(seq).uid() : seq);
        }
        if (returns == null) {
            ImapWriter out = exchange.out().untagged().atom("SEARCH");
            for (long n : results) {
                out.number(n);
            }
            out.crlf();
        } else {
            esearch(exchange, command, returns.options(), results);
        }
        exchange.ok(command.uid() ? "UID SEARCH completed" : "SEARCH completed");
    }

    /**
     * {@code * ESEARCH (TAG "t") [UID] MIN a MAX b COUNT n ALL set} (RFC 4731 §3.1). With no
     * match, MIN, MAX and ALL are left out and COUNT is 0.
     */
    private static void esearch(Exchange exchange, SearchCommand command, Set<Option> options,
            List<Long> results) {
        ImapWriter out = exchange.out().untagged().atom("ESEARCH");
        out.openList().atom("TAG").string(exchange.tag()).closeList();
        if (command.uid()) {
            out.atom("UID");
        }
        if (!results.isEmpty()) {
            if (options.contains(Option.MIN)) {
                out.atom("MIN").number(results.get(0));
            }
            if (options.contains(Option.MAX)) {
                out.atom("MAX").number(results.get(results.size() - 1));
            }
        }
        if (options.contains(Option.COUNT)) {
            out.atom("COUNT").number(results.size());
        }
        if (options.contains(Option.ALL) && !results.isEmpty()) {
            // Results are ascending, so UidSet's ranges are a valid sequence-set of them.
            out.atom("ALL").text(UidSet.of(results).toString());
        }
        out.crlf();
    }
}

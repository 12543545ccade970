package dev.spillway.server.command;

import dev.spillway.protocol.command.SearchCommand;
import dev.spillway.protocol.command.SearchReturnOptions;
import dev.spillway.protocol.command.SearchReturnOptions.Option;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.EsearchResponse;
import dev.spillway.server.search.SearchEvaluator;
import dev.spillway.server.search.SearchMatch;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.MessageMeta;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * SEARCH and UID SEARCH (RFC 3501 §6.4.4, §6.4.8), with the RETURN options MIN, MAX, COUNT and
 * ALL of ESEARCH (RFC 4731), PARTIAL (RFC 9394), the MODSEQ key of CONDSTORE (RFC 7162
 * §3.1.5) and MESSAGELIMIT (RFC 9738 §3.1). Results are sequence numbers, or UIDs for UID
 * SEARCH.
 *
 * <p>A MODSEQ key turns CONDSTORE on for the session (RFC 7162 §3.1) and adds the highest
 * mod-sequence of the returned messages to the response. When MESSAGELIMIT is announced and
 * the criteria allow more messages than the limit, only the messages with the highest UIDs
 * are searched, SEARCH lists its results from the highest down, and the tagged OK carries
 * {@code [MESSAGELIMIT n lowest-searched-uid]} so the client can continue below it.
 *
 * <p>UIDONLY (RFC 9586 §3): SEARCH and sequence-set keys are refused with
 * {@code BAD [UIDREQUIRED]}, and a UID SEARCH without RETURN is answered as RETURN (ALL) would
 * be, with an ESEARCH response that says its numbers are UIDs.
 *
 * <p>Not supported: RETURN (SAVE) (RFC 5182 SEARCHRES), because the server keeps no saved
 * result; it is answered BAD.
 */
final class SearchHandler implements CommandHandler<SearchCommand> {
    /** The charsets every string criterion can be given in (RFC 3501 §6.4.4). */
    private static final ResponseCode BADCHARSET =
            new ResponseCode("BADCHARSET", "(US-ASCII UTF-8)");

    /** A search of flags, sizes, dates of arrival, UIDs or MODSEQ reads only the view. */
    @Override
    public boolean inMemory(SearchCommand command, ImapSession session) {
        SelectedMailbox view = session.selected();
        return view != null && view.exists() <= IN_MEMORY_MAILBOX_LIMIT
                && SearchEvaluator.inMemory(command.key());
    }

    @Override
    public void handle(SearchCommand command, Exchange exchange) throws Exception {
        String charset = command.charset();
        if (charset != null && !charset.equalsIgnoreCase("US-ASCII")
                && !charset.equalsIgnoreCase("UTF-8")) {
            throw ImapException.no(BADCHARSET, "Unsupported charset " + charset);
        }
        UidOnly.requireUid(exchange.session(), command.uid(), "SEARCH");
        UidOnly.requireUidKeys(exchange.session(), command.key());
        SearchReturnOptions returns = command.returnOptions();
        if (returns == null && UidOnly.on(exchange.session())) {
            returns = new SearchReturnOptions(EnumSet.of(Option.ALL), null);
        }
        if (returns != null && returns.options().contains(Option.SAVE)) {
            throw ImapException.bad("SEARCH RETURN (SAVE) is not supported");
        }
        SearchEvaluator.check(command.key());
        boolean withModSeq = SearchEvaluator.hasModSeq(command.key());
        if (withModSeq) {
            exchange.session().enable("CONDSTORE");
        }
        SelectedMailbox view = exchange.session().selected();
        SearchEvaluator evaluator = new SearchEvaluator(exchange.session().account(), view);
        List<Integer> candidates = evaluator.candidates(command.key());
        MessageLimit limit = MessageLimit.of(exchange);
        ResponseCode cut = null;
        if (limit.exceeds(candidates.size())) {
            candidates = candidates.subList(candidates.size() - limit.limit(),
                    candidates.size());
            cut = limit.code(view.at(candidates.get(0)).uid());
        }
        List<SearchMatch> matches = new ArrayList<>();
        for (int seq : evaluator.search(command.key(), candidates)) {
            MessageMeta meta = view.at(seq);
            matches.add(new SearchMatch(command.uid() ? meta.uid() : seq, meta.modSeq()));
        }
        if (returns == null) {
            search(exchange.out(), matches, withModSeq, cut != null);
        } else {
            EsearchResponse.write(exchange.out(), exchange.tag(), command.uid(), returns,
                    matches, withModSeq);
        }
        String text = command.uid() ? "UID SEARCH completed" : "SEARCH completed";
        if (cut == null) {
            exchange.ok(text);
        } else {
            exchange.ok(cut, text + " for the last " + limit.limit() + " messages");
        }
    }

    /**
     * {@code * SEARCH n... [(MODSEQ m)]} (RFC 3501 §7.2.5, RFC 7162 §3.1.5: MODSEQ only when
     * something matched). A search cut by MESSAGELIMIT lists from the highest number down, as
     * in the examples of RFC 9738 §3.1.
     */
    private static void search(ImapWriter out, List<SearchMatch> matches, boolean withModSeq,
            boolean highestFirst) {
        out.untagged().atom("SEARCH");
        for (int i = 0; i < matches.size(); i++) {
            out.number(matches.get(highestFirst ? matches.size() - 1 - i : i).number());
        }
        if (withModSeq && !matches.isEmpty()) {
            out.openList().atom("MODSEQ").number(EsearchResponse.highestModSeq(matches))
                    .closeList();
        }
        out.crlf();
    }
}

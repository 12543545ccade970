package dev.spillway.server.search;

import dev.spillway.protocol.command.SearchReturnOptions;
import dev.spillway.protocol.command.SearchReturnOptions.Option;
import dev.spillway.protocol.command.SearchReturnOptions.PartialRange;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.store.UidSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code * ESEARCH (TAG "t") [UID] MIN a MAX b COUNT n ALL set PARTIAL (r set) MODSEQ m}
 * (RFC 4731 §3.1, RFC 9394 §3.1, RFC 7162 §3.1.5) for matches in ascending order.
 *
 * <p>With no match, MIN, MAX and ALL are left out, COUNT is 0, PARTIAL carries NIL and MODSEQ
 * is left out. PARTIAL echoes the range as the client sent it.
 */
public final class EsearchResponse {
    private EsearchResponse() {
    }

    /**
     * Writes the response line.
     *
     * @param matches the matches, ascending by number
     * @param withModSeq whether the criteria had a MODSEQ key
     */
    public static void write(ImapWriter out, String tag, boolean uid,
            SearchReturnOptions returns, List<SearchMatch> matches, boolean withModSeq) {
        Set<Option> options = returns.options();
        out.untagged().atom("ESEARCH");
        out.openList().atom("TAG").string(tag).closeList();
        if (uid) {
            out.atom("UID");
        }
        if (!matches.isEmpty()) {
            if (options.contains(Option.MIN)) {
                out.atom("MIN").number(matches.get(0).number());
            }
            if (options.contains(Option.MAX)) {
                out.atom("MAX").number(matches.get(matches.size() - 1).number());
            }
        }
        if (options.contains(Option.COUNT)) {
            out.atom("COUNT").number(matches.size());
        }
        if (options.contains(Option.ALL) && !matches.isEmpty()) {
            out.atom("ALL").text(set(matches));
        }
        if (returns.partial() != null) {
            PartialRange range = returns.partial();
            List<SearchMatch> window = partial(matches, range);
            out.atom("PARTIAL").openList().text(range.first() + ":" + range.last());
            if (window.isEmpty()) {
                out.nil();
            } else {
                out.text(set(window));
            }
            out.closeList();
        }
        List<SearchMatch> returned = returned(matches, returns);
        if (withModSeq && !returned.isEmpty()) {
            out.atom("MODSEQ").number(highestModSeq(returned));
        }
        out.crlf();
    }

    /** The matches a PARTIAL range names (RFC 9394 §3.1); see {@link PartialWindow}. */
    public static List<SearchMatch> partial(List<SearchMatch> matches, PartialRange range) {
        return PartialWindow.of(matches, range);
    }

    /**
     * The matches the response returns, whose highest mod-sequence MODSEQ reports (RFC 4731
     * §3.2, RFC 9394 §3.2): all of them with ALL or COUNT, otherwise only those MIN, MAX and
     * PARTIAL name.
     */
    static List<SearchMatch> returned(List<SearchMatch> matches, SearchReturnOptions returns) {
        Set<Option> options = returns.options();
        if (matches.isEmpty() || options.contains(Option.ALL)
                || options.contains(Option.COUNT)) {
            return matches;
        }
        Set<SearchMatch> picked = new LinkedHashSet<>();
        if (options.contains(Option.MIN)) {
            picked.add(matches.get(0));
        }
        if (options.contains(Option.MAX)) {
            picked.add(matches.get(matches.size() - 1));
        }
        if (returns.partial() != null) {
            picked.addAll(partial(matches, returns.partial()));
        }
        return new ArrayList<>(picked);
    }

    /** The highest mod-sequence among the matches; 0 for none. */
    public static long highestModSeq(List<SearchMatch> matches) {
        long highest = 0;
        for (SearchMatch match : matches) {
            highest = Math.max(highest, match.modSeq());
        }
        return highest;
    }

    /** Ascending numbers as a compact sequence-set, e.g. {@code 2,5:9}. */
    private static String set(List<SearchMatch> matches) {
        List<Long> numbers = new ArrayList<>(matches.size());
        for (SearchMatch match : matches) {
            numbers.add(match.number());
        }
        // Ascending numbers make UidSet's ranges a valid sequence-set of them.
        return UidSet.of(numbers).toString();
    }
}

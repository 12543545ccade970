package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.SearchCommand;
import dev.spillway.protocol.command.SearchKey;
import dev.spillway.protocol.command.SearchKey.DateComparison;
import dev.spillway.protocol.command.SearchKey.DateField;
import dev.spillway.protocol.command.SearchKey.TextScope;
import dev.spillway.protocol.command.SearchReturnOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SEARCH and UID SEARCH: {@code SEARCH [SP RETURN SP (opts)] [SP CHARSET SP charset]
 * 1*(SP search-key)} (RFC 9051 §6.4.4, RFC 3501 §6.4.4 keys, RFC 4731 and RFC 5182 return
 * options, RFC 9394 PARTIAL, RFC 7162 §3.1.5 MODSEQ, RFC 9738 §3.2 UIDAFTER and UIDBEFORE).
 * Nested NOT, OR and parentheses count against the nesting limit, so a deep chain cannot
 * exhaust the stack.
 */
final class SearchParser {

    private SearchParser() {
    }

    static Command parse(String tag, ImapReader r, boolean uid) {
        r.expectSpace();
        SearchReturnOptions returnOptions = null;
        if (r.takeWordIf("RETURN")) {
            r.expectSpace();
            returnOptions = returnOptions(r);
            r.expectSpace();
        }
        String charset = null;
        if (r.takeWordIf("CHARSET")) {
            r.expectSpace();
            charset = r.takeCharset();
            r.expectSpace();
        }
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(key(r));
        } while (r.takeIf(' '));
        SearchKey key = keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys);
        return new SearchCommand(tag, uid, returnOptions, charset, key);
    }

    private static SearchReturnOptions returnOptions(ImapReader r) {
        r.openList();
        Set<SearchReturnOptions.Option> options = EnumSet.noneOf(SearchReturnOptions.Option.class);
        SearchReturnOptions.PartialRange partial = null;
        if (r.takeCloseIf()) {
            // RFC 4731 §3.1: RETURN () is RETURN (ALL).
            return new SearchReturnOptions(EnumSet.of(SearchReturnOptions.Option.ALL), null);
        }
        do {
            String name = r.takeAtomUpper();
            if (name.equals("PARTIAL")) {
                if (partial != null) {
                    throw r.error("PARTIAL given twice");
                }
                r.expectSpace();
                partial = partialRange(r);
                continue;
            }
            SearchReturnOptions.Option option;
            try {
                option = SearchReturnOptions.Option.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw r.error("Unknown SEARCH return option " + name);
            }
            options.add(option);
        } while (r.takeIf(' '));
        r.closeList();
        if (partial != null && options.contains(SearchReturnOptions.Option.ALL)) {
            // RFC 9394 §3.1 (and RFC 5267 §4.4): ALL and PARTIAL are mutually exclusive.
            throw r.error("PARTIAL and ALL cannot be used together");
        }
        return new SearchReturnOptions(options, partial);
    }

    /**
     * {@code nz-number ":" nz-number} or {@code "-" nz-number ":" "-" nz-number} (RFC 9394 §4,
     * partial-range); also the argument of the FETCH modifier.
     */
    static SearchReturnOptions.PartialRange partialRange(ImapReader r) {
        boolean negative = r.takeIf('-');
        long first = r.takeNzNumber();
        r.expect(':');
        if (negative) {
            r.expect('-');
        }
        long last = r.takeNzNumber();
        return negative
                ? new SearchReturnOptions.PartialRange(-first, -last)
                : new SearchReturnOptions.PartialRange(first, last);
    }

    private static SearchKey key(ImapReader r) {
        if (r.takeOpenIf()) {
            List<SearchKey> keys = new ArrayList<>();
            do {
                keys.add(key(r));
            } while (r.takeIf(' '));
            r.closeList();
            return keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys);
        }
        if (r.peekSequenceSet()) {
            return new SearchKey.Sequence(r.takeSequenceSet(true), false);
        }
        int start = r.position();
        String word = r.takeAtomUpper();
        return switch (word) {
            case "ALL", "ANSWERED", "DELETED", "DRAFT", "FLAGGED", "NEW", "OLD", "RECENT",
                    "SEEN", "UNANSWERED", "UNDELETED", "UNDRAFT", "UNFLAGGED", "UNSEEN" ->
                    new SearchKey.Simple(SearchKey.Flagless.valueOf(word));
            case "BCC", "CC", "FROM", "SUBJECT", "TO" ->
                    new SearchKey.Text(TextScope.HEADER, word, argument(r));
            case "BODY" -> new SearchKey.Text(TextScope.BODY, null, argument(r));
            case "TEXT" -> new SearchKey.Text(TextScope.TEXT, null, argument(r));
            case "HEADER" -> {
                String field = argument(r);
                yield new SearchKey.Text(TextScope.HEADER, field, argument(r));
            }
            case "KEYWORD", "UNKEYWORD" -> {
                r.expectSpace();
                yield new SearchKey.Keyword(r.takeAtom(), word.equals("UNKEYWORD"));
            }
            case "BEFORE" -> date(r, DateField.INTERNAL, DateComparison.BEFORE);
            case "ON" -> date(r, DateField.INTERNAL, DateComparison.ON);
            case "SINCE" -> date(r, DateField.INTERNAL, DateComparison.SINCE);
            case "SENTBEFORE" -> date(r, DateField.SENT, DateComparison.BEFORE);
            case "SENTON" -> date(r, DateField.SENT, DateComparison.ON);
            case "SENTSINCE" -> date(r, DateField.SENT, DateComparison.SINCE);
            case "LARGER", "SMALLER" -> {
                r.expectSpace();
                yield new SearchKey.Size(word.equals("LARGER"), r.takeNumber64());
            }
            case "UID" -> {
                r.expectSpace();
                yield new SearchKey.Sequence(r.takeSequenceSet(true), true);
            }
            case "NOT" -> {
                r.expectSpace();
                r.enter();
                SearchKey inner = key(r);
                r.leave();
                yield new SearchKey.Not(inner);
            }
            case "OR" -> {
                r.expectSpace();
                r.enter();
                SearchKey left = key(r);
                r.expectSpace();
                SearchKey right = key(r);
                r.leave();
                yield new SearchKey.Or(left, right);
            }
            case "MODSEQ" -> modSeq(r);
            case "UIDAFTER", "UIDBEFORE" -> {
                r.expectSpace();
                yield new SearchKey.UidBound(word.equals("UIDAFTER"), r.takeNzNumber());
            }
            default -> throw r.error("Unknown search key " + word + " at offset " + start);
        };
    }

    private static String argument(ImapReader r) {
        r.expectSpace();
        return r.takeAstring();
    }

    private static SearchKey date(ImapReader r, DateField field, DateComparison comparison) {
        r.expectSpace();
        return new SearchKey.Date(field, comparison, r.takeDate());
    }

    /** {@code MODSEQ [SP entry-name SP entry-type-req] SP mod-sequence-valzer}. */
    private static SearchKey modSeq(ImapReader r) {
        r.expectSpace();
        String entryName = null;
        String entryType = null;
        if (r.peekIs('"')) {
            entryName = r.takeString();
            r.expectSpace();
            entryType = r.takeAtom().toLowerCase(Locale.ROOT);
            if (!entryType.equals("priv") && !entryType.equals("shared")
                    && !entryType.equals("all")) {
                throw r.error("MODSEQ entry type must be priv, shared or all");
            }
            r.expectSpace();
        }
        return new SearchKey.ModSeq(entryName, entryType, r.takeNumber64());
    }
}

package dev.spillway.server.search;

import dev.spillway.protocol.command.SearchKey;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.StoreException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates SEARCH criteria (RFC 3501 §6.4.4, MODSEQ of RFC 7162 §3.1.5, UIDAFTER and
 * UIDBEFORE of RFC 9738 §3.2) against the messages of the session's view.
 *
 * <p>AND and OR look at their cheapest operands first and stop as soon as the result is known,
 * so a criterion such as {@code UNSEEN BODY "x"} reads the bodies of unseen messages only.
 * String criteria are case-insensitive substring matches on decoded text (RFC 3501 §6.4.4:
 * "case-insensitive substring"), header values with RFC 2047 words decoded and bodies with
 * their transfer encoding and charset undone.
 */
public final class SearchEvaluator {
    /** What a criterion costs to evaluate: the least that must be loaded for it. */
    private static final int META = 0;
    private static final int STRUCTURE = 1;
    private static final int HEADER = 2;
    private static final int BODY = 3;

    private final MailAccount account;
    private final SelectedMailbox view;

    public SearchEvaluator(MailAccount account, SelectedMailbox view) {
        this.account = account;
        this.view = view;
    }

    /**
     * Checks criteria that this server refuses before any message is read.
     *
     * @throws ImapException BAD for {@code $}, which needs SEARCHRES (RFC 5182)
     */
    public static void check(SearchKey key) throws ImapException {
        if (key instanceof SearchKey.Sequence s && s.set().saved()) {
            throw ImapException.bad("The saved search result $ is not supported");
        } else if (key instanceof SearchKey.Not n) {
            check(n.key());
        } else if (key instanceof SearchKey.Or o) {
            check(o.left());
            check(o.right());
        } else if (key instanceof SearchKey.And a) {
            for (SearchKey k : a.keys()) {
                check(k);
            }
        }
    }

    /** Whether the criteria need only message metadata, never the store. */
    public static boolean inMemory(SearchKey key) {
        return cost(key) == META;
    }

    /** Whether the criteria contain a MODSEQ key anywhere (RFC 7162 §3.1.5). */
    public static boolean hasModSeq(SearchKey key) {
        if (key instanceof SearchKey.ModSeq) {
            return true;
        } else if (key instanceof SearchKey.Not n) {
            return hasModSeq(n.key());
        } else if (key instanceof SearchKey.Or o) {
            return hasModSeq(o.left()) || hasModSeq(o.right());
        } else if (key instanceof SearchKey.And a) {
            return a.keys().stream().anyMatch(SearchEvaluator::hasModSeq);
        }
        return false;
    }

    /**
     * The sequence numbers of the messages the criteria can match at all: those the top-level
     * sequence sets, UID sets, UIDAFTER and UIDBEFORE keys allow, ascending, without messages
     * expunged by another session. RFC 9738 §3.1 counts these against MESSAGELIMIT, so a
     * client narrows a search of a large mailbox with them.
     */
    public List<Integer> candidates(SearchKey key) {
        List<SearchKey> narrowing = new ArrayList<>();
        collectNarrowing(key, narrowing);
        List<Integer> seqs = new ArrayList<>();
        for (int seq = 1; seq <= view.exists(); seq++) {
            long uid = view.at(seq).uid();
            if (view.isExpunged(uid)) {
                continue;
            }
            Candidate message = new Candidate(account, view.id(), seq, view.at(seq), false);
            if (narrowing.stream().allMatch(k -> narrows(k, message))) {
                seqs.add(seq);
            }
        }
        return seqs;
    }

    /**
     * The sequence numbers of the matching messages, ascending. Messages that another session
     * expunged and that this session has not yet reported never match.
     */
    public List<Integer> search(SearchKey key) throws ImapException, StoreException {
        check(key);
        return search(key, candidates(key));
    }

    /** As {@link #search(SearchKey)}, looking only at the given sequence numbers. */
    public List<Integer> search(SearchKey key, List<Integer> candidates)
            throws ImapException, StoreException {
        check(key);
        SearchKey ordered = cheapestFirst(key);
        List<Integer> hits = new ArrayList<>();
        for (int seq : candidates) {
            long uid = view.at(seq).uid();
            if (view.isExpunged(uid)) {
                continue;
            }
            Candidate message = new Candidate(account, view.id(), seq, view.at(seq),
                    view.isRecent(uid));
            try {
                if (matches(ordered, message)) {
                    hits.add(seq);
                }
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.NONEXISTENT) {
                    throw e;
                }
                // Expunged by another session while this search ran: it matches nothing.
            }
        }
        return hits;
    }

    private static void collectNarrowing(SearchKey key, List<SearchKey> into) {
        if (key instanceof SearchKey.Sequence || key instanceof SearchKey.UidBound) {
            into.add(key);
        } else if (key instanceof SearchKey.And a) {
            for (SearchKey k : a.keys()) {
                collectNarrowing(k, into);
            }
        }
    }

    private boolean narrows(SearchKey key, Candidate m) {
        try {
            return matches(key, m);
        } catch (StoreException e) {
            // Sequence and UID keys never read the store.
            throw new IllegalStateException(e);
        }
    }

    private boolean matches(SearchKey key, Candidate m) throws StoreException {
        if (key instanceof SearchKey.Simple s) {
            return simple(s.key(), m);
        } else if (key instanceof SearchKey.Keyword k) {
            return m.meta().flags().contains(k.flag()) != k.negated();
        } else if (key instanceof SearchKey.Size s) {
            return s.larger() ? m.meta().size() > s.octets() : m.meta().size() < s.octets();
        } else if (key instanceof SearchKey.Sequence s) {
            return s.uid() ? s.set().contains(m.meta().uid(), view.maxUid())
                    : s.set().contains(m.seq(), view.exists());
        } else if (key instanceof SearchKey.UidBound b) {
            return b.after() ? m.meta().uid() > b.uid() : m.meta().uid() < b.uid();
        } else if (key instanceof SearchKey.ModSeq q) {
            // RFC 7162 §3.1.5: a server without per-flag mod-sequences uses the message's one
            // for every entry name.
            return m.meta().modSeq() >= q.modSeq();
        } else if (key instanceof SearchKey.Date d) {
            return date(d, m);
        } else if (key instanceof SearchKey.Text t) {
            return text(t, m);
        } else if (key instanceof SearchKey.Not n) {
            return !matches(n.key(), m);
        } else if (key instanceof SearchKey.Or o) {
            return matches(o.left(), m) || matches(o.right(), m);
        } else if (key instanceof SearchKey.And a) {
            return all(a.keys(), m);
        }
        throw new IllegalStateException("criterion not checked: " + key);
    }

    private boolean all(List<SearchKey> keys, Candidate m) throws StoreException {
        for (SearchKey k : keys) {
            if (!matches(k, m)) {
                return false;
            }
        }
        return true;
    }

    private static boolean simple(SearchKey.Flagless key, Candidate m) {
        Flags flags = m.meta().flags();
        return switch (key) {
            case ALL -> true;
            case ANSWERED -> flags.contains(Flags.ANSWERED);
            case DELETED -> flags.contains(Flags.DELETED);
            case DRAFT -> flags.contains(Flags.DRAFT);
            case FLAGGED -> flags.contains(Flags.FLAGGED);
            case SEEN -> flags.contains(Flags.SEEN);
            case RECENT -> m.recent();
            // RFC 3501 §6.4.4: NEW is RECENT UNSEEN, OLD is NOT RECENT.
            case NEW -> m.recent() && !flags.contains(Flags.SEEN);
            case OLD -> !m.recent();
            case UNANSWERED -> !flags.contains(Flags.ANSWERED);
            case UNDELETED -> !flags.contains(Flags.DELETED);
            case UNDRAFT -> !flags.contains(Flags.DRAFT);
            case UNFLAGGED -> !flags.contains(Flags.FLAGGED);
            case UNSEEN -> !flags.contains(Flags.SEEN);
        };
    }

    /**
     * Internal dates are compared by their calendar date in their own offset. A message whose
     * Date header is missing or unreadable is judged by its internal date instead, so that
     * SENTBEFORE and SENTSINCE still partition the mailbox.
     */
    private static boolean date(SearchKey.Date key, Candidate m) throws StoreException {
        LocalDate internal = m.meta().internalDate().toLocalDate();
        LocalDate date = key.field() == SearchKey.DateField.INTERNAL ? internal
                : SentDate.parse(m.structure().envelope().date()).orElse(internal);
        return switch (key.comparison()) {
            case BEFORE -> date.isBefore(key.date());
            case ON -> date.isEqual(key.date());
            case SINCE -> !date.isBefore(key.date());
        };
    }

    private static boolean text(SearchKey.Text key, Candidate m) throws StoreException {
        String needle = fold(key.value());
        return switch (key.scope()) {
            case HEADER -> header(key.field(), needle, m);
            case BODY -> fold(m.bodyText()).contains(needle);
            case TEXT -> fold(m.headerText()).contains(needle)
                    || fold(m.bodyText()).contains(needle);
        };
    }

    /** RFC 3501 §6.4.4: HEADER with an empty string matches every message with the field. */
    private static boolean header(String field, String needle, Candidate m)
            throws StoreException {
        List<String> values = m.headerValues(field);
        if (needle.isEmpty()) {
            return !values.isEmpty();
        }
        for (String value : values) {
            if (fold(value).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The same criteria with every AND and OR evaluating its cheapest operands first. */
    private static SearchKey cheapestFirst(SearchKey key) {
        if (key instanceof SearchKey.Not n) {
            return new SearchKey.Not(cheapestFirst(n.key()));
        } else if (key instanceof SearchKey.Or o) {
            SearchKey l = cheapestFirst(o.left());
            SearchKey r = cheapestFirst(o.right());
            return cost(l) <= cost(r) ? new SearchKey.Or(l, r) : new SearchKey.Or(r, l);
        } else if (key instanceof SearchKey.And a) {
            return new SearchKey.And(a.keys().stream()
                    .map(SearchEvaluator::cheapestFirst)
                    .sorted(Comparator.comparingInt(SearchEvaluator::cost))
                    .toList());
        }
        return key;
    }

    private static int cost(SearchKey key) {
        if (key instanceof SearchKey.Date d) {
            return d.field() == SearchKey.DateField.SENT ? STRUCTURE : META;
        } else if (key instanceof SearchKey.Text t) {
            return t.scope() == SearchKey.TextScope.HEADER ? HEADER : BODY;
        } else if (key instanceof SearchKey.Not n) {
            return cost(n.key());
        } else if (key instanceof SearchKey.Or o) {
            return Math.max(cost(o.left()), cost(o.right()));
        } else if (key instanceof SearchKey.And a) {
            return a.keys().stream().mapToInt(SearchEvaluator::cost).max().orElse(META);
        }
        return META;
    }
}

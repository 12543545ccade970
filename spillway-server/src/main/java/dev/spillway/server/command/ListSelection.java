package dev.spillway.server.command;

import dev.spillway.protocol.command.ListSelectOption;
import dev.spillway.store.ListEntry;
import dev.spillway.store.MailboxNames;
import dev.spillway.store.SpecialUse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which names a LIST returns, after the selection options of RFC 5258 §3.1 and RFC 6154:
 * without options every existing name; with SUBSCRIBED the subscribed names, existing or not;
 * with SPECIAL-USE the names that carry a special use; both options together select names
 * that meet both. RECURSIVEMATCH also returns a matching name that does not meet the criteria
 * when one of its descendants does, marked with CHILDINFO (RFC 5258 §3.5). REMOTE changes
 * nothing: this server has no remote mailboxes.
 */
final class ListSelection {
    /** One name as LIST reports it. */
    record Item(String name, boolean exists, boolean selectable, boolean hasChildren,
            boolean subscribed, Optional<SpecialUse> specialUse, boolean childInfo) {
    }

    private final boolean subscribedOnly;
    private final boolean specialUseOnly;
    private final boolean recursive;

    ListSelection(Set<ListSelectOption> options) {
        this.subscribedOnly = options.contains(ListSelectOption.SUBSCRIBED);
        this.specialUseOnly = options.contains(ListSelectOption.SPECIAL_USE);
        this.recursive = options.contains(ListSelectOption.RECURSIVEMATCH);
    }

    /** The selection criteria that CHILDINFO names, spelled as the options are. */
    List<String> criteria() {
        List<String> out = new ArrayList<>(2);
        if (subscribedOnly) {
            out.add("SUBSCRIBED");
        }
        if (specialUseOnly) {
            out.add("SPECIAL-USE");
        }
        return out;
    }

    /**
     * The items whose names match one of {@code patterns}, sorted by name.
     *
     * @param entries every existing name, from the store
     * @param subscriptions every subscribed name; they need not exist (RFC 3501 §6.3.6)
     */
    List<Item> select(List<ListEntry> entries, Collection<String> subscriptions,
            List<ListPattern> patterns) {
        Set<String> subscribed = new HashSet<>();
        for (String name : subscriptions) {
            subscribed.add(MailboxNames.canonical(name));
        }
        Map<String, Item> all = new TreeMap<>();
        for (ListEntry e : entries) {
            all.put(e.name(), new Item(e.name(), true, e.selectable(), e.hasChildren(),
                    e.subscribed(), e.specialUse(), false));
        }
        if (subscribedOnly) {
            for (String name : subscribed) {
                all.computeIfAbsent(name, n -> missing(n, entries, true));
            }
        }
        Set<String> withChildInfo = new HashSet<>();
        if (recursive) {
            for (Item item : List.copyOf(all.values())) {
                if (meets(item)) {
                    for (String superior : MailboxNames.superiors(item.name())) {
                        withChildInfo.add(superior);
                        all.computeIfAbsent(superior,
                                n -> missing(n, entries, subscribed.contains(n)));
                    }
                }
            }
        }
        List<Item> out = new ArrayList<>();
        for (Item item : all.values()) {
            boolean childInfo = withChildInfo.contains(item.name());
            if ((meets(item) || childInfo) && matchesAny(patterns, item.name())) {
                out.add(childInfo ? withChildInfo(item) : item);
            }
        }
        return out;
    }

    private boolean meets(Item item) {
        if (subscribedOnly || specialUseOnly) {
            return (!subscribedOnly || item.subscribed())
                    && (!specialUseOnly || item.specialUse().isPresent());
        }
        return item.exists();
    }

    private static boolean matchesAny(List<ListPattern> patterns, String name) {
        for (ListPattern pattern : patterns) {
            if (pattern.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /** A name with no mailbox behind it: subscribed, or a superior of a selected name. */
    private static Item missing(String name, List<ListEntry> entries, boolean subscribed) {
        boolean hasChildren = false;
        for (ListEntry e : entries) {
            hasChildren |= MailboxNames.isInferior(e.name(), name);
        }
        return new Item(name, false, false, hasChildren, subscribed, Optional.empty(), false);
    }

    private static Item withChildInfo(Item i) {
        return new Item(i.name(), i.exists(), i.selectable(), i.hasChildren(), i.subscribed(),
                i.specialUse(), true);
    }
}

package dev.spillway.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable set of message flags: the system flags of RFC 3501 §2.3.2 and keywords.
 *
 * <p>Flags compare case-insensitively (RFC 3501 §2.3.2 treats flag names as atoms matched without
 * regard to case) but keep the spelling they were first given, so a client sees its own
 * keywords back. System flags are always spelled canonically ({@code \Seen}). {@code \Recent}
 * is never part of a stored set: it is a session property, derived from the recent watermark.
 */
public final class Flags {
    public static final String SEEN = "\\Seen";
    public static final String ANSWERED = "\\Answered";
    public static final String FLAGGED = "\\Flagged";
    public static final String DELETED = "\\Deleted";
    public static final String DRAFT = "\\Draft";
    public static final String RECENT = "\\Recent";

    /** The system flags a client may set, in the order listed in FLAGS responses. */
    public static final List<String> SYSTEM = List.of(ANSWERED, FLAGGED, DELETED, SEEN, DRAFT);

    public static final Flags NONE = new Flags(List.of());

    private final List<String> names;

    private Flags(List<String> names) {
        this.names = names;
    }

    /** Builds a set; duplicates (ignoring case) and {@code \Recent} are dropped. */
    public static Flags of(Collection<String> flags) {
        List<String> out = new ArrayList<>(flags.size());
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String flag : flags) {
            if (flag == null || flag.isEmpty() || flag.equalsIgnoreCase(RECENT)) {
                continue;
            }
            String name = canonical(flag);
            if (seen.add(name)) {
                out.add(name);
            }
        }
        return out.isEmpty() ? NONE : new Flags(Collections.unmodifiableList(out));
    }

    public static Flags of(String... flags) {
        return of(List.of(flags));
    }

    /** Parses the space-separated form written by {@link #serialize()}. */
    public static Flags parse(String serialized) {
        if (serialized == null || serialized.isBlank()) {
            return NONE;
        }
        return of(List.of(serialized.trim().split(" +")));
    }

    /** Space-separated, for storage; flags are atoms, so they never contain a space. */
    public String serialize() {
        return String.join(" ", names);
    }

    public List<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean contains(String flag) {
        for (String name : names) {
            if (name.equalsIgnoreCase(flag)) {
                return true;
            }
        }
        return false;
    }

    /** The flags of this set and {@code other}; keeps this set's spelling for shared names. */
    public Flags with(Flags other) {
        List<String> all = new ArrayList<>(names);
        all.addAll(other.names);
        return of(all);
    }

    public Flags without(Flags other) {
        List<String> kept = new ArrayList<>(names.size());
        for (String name : names) {
            if (!other.contains(name)) {
                kept.add(name);
            }
        }
        return of(kept);
    }

    /** Applies a STORE of {@code flags} in the given mode (RFC 3501 §6.4.6). */
    public Flags apply(FlagMode mode, Flags flags) {
        return switch (mode) {
            case REPLACE -> flags;
            case ADD -> with(flags);
            case REMOVE -> without(flags);
        };
    }

    /** The keywords only, i.e. the flags that do not start with a backslash. */
    public List<String> keywords() {
        return names.stream().filter(n -> !n.startsWith("\\")).toList();
    }

    /** True if both sets hold the same flags, ignoring case and order. */
    public boolean sameAs(Flags other) {
        if (other.names.size() != names.size()) {
            return false;
        }
        for (String name : other.names) {
            if (!contains(name)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flags other && sameAs(other);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (String name : names) {
            hash += name.toLowerCase(Locale.ROOT).hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        return "(" + serialize() + ")";
    }

    private static String canonical(String flag) {
        for (String system : SYSTEM) {
            if (system.equalsIgnoreCase(flag)) {
                return system;
            }
        }
        return flag;
    }
}

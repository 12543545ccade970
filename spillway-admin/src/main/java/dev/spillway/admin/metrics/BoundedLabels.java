package dev.spillway.admin.metrics;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Meters keyed by a label value the caller names at run time (a command, a store operation),
 * made on first use and looked up without building strings afterwards. At most {@code limit}
 * distinct values get their own meter; later ones share the meter of {@link #OTHER}, so a
 * misbehaving caller cannot grow the number of series without bound.
 *
 * @param <M> the meter type, or an array of meters
 */
final class BoundedLabels<M> {

    /** The label value shared by every name beyond the limit. */
    static final String OTHER = "other";

    private final int limit;
    private final Function<String, M> factory;
    private final ConcurrentHashMap<String, M> byLabel = new ConcurrentHashMap<>();
    /** Raw spellings seen, so that the next call with one is a single lookup. */
    private final ConcurrentHashMap<String, M> bySpelling = new ConcurrentHashMap<>();

    BoundedLabels(int limit, Function<String, M> factory) {
        this.limit = limit;
        this.factory = factory;
    }

    /** The meter for {@code name}; the first call for a name may register it. */
    M get(String name) {
        M meter = bySpelling.get(name);
        return meter != null ? meter : slowGet(name);
    }

    private M slowGet(String name) {
        String label = normalize(name);
        M meter = byLabel.get(label);
        if (meter == null) {
            String chosen = byLabel.size() < limit ? label : OTHER;
            meter = byLabel.computeIfAbsent(chosen, factory);
        }
        if (bySpelling.size() < 4 * limit) {
            bySpelling.putIfAbsent(name, meter);
        }
        return meter;
    }

    /** Lower-case ASCII letters, digits and {@code _}; spaces become {@code _}. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), 32));
        for (int i = 0; i < name.length() && out.length() < 32; i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c == ' ' || c == '_' || c == '-' || c == '.') {
                out.append('_');
            }
        }
        return out.length() == 0 ? OTHER : out.toString().toLowerCase(Locale.ROOT);
    }
}

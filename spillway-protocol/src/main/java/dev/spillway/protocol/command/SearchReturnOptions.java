package dev.spillway.protocol.command;

import java.util.Set;

/**
 * The {@code RETURN (...)} part of an extended SEARCH (RFC 4731, RFC 9051 §6.4.4.1, RFC 5182,
 * RFC 9394). {@code RETURN ()} means {@code RETURN (ALL)}; the parser expands it.
 *
 * @param options the options without PARTIAL
 * @param partial the {@code PARTIAL} range, or null
 */
public record SearchReturnOptions(Set<Option> options, PartialRange partial) {

    /** Result options. */
    public enum Option { MIN, MAX, ALL, COUNT, SAVE }

    /**
     * {@code PARTIAL first:last} (RFC 9394 §3.1, and §3.2 for the FETCH modifier): positive
     * numbers count from the first result, negative ones from the last ({@code -1:-100}).
     * {@code first <= last} in absolute value order after normalisation is not enforced:
     * RFC 9394 says {@code 5:1} means {@code 1:5}.
     */
    public record PartialRange(long first, long last) {
    }

    /** Copies the set. */
    public SearchReturnOptions {
        options = Set.copyOf(options);
    }
}

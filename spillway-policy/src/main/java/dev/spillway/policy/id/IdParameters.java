package dev.spillway.policy.id;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of one {@code ID} command: either {@code ID NIL} or an ordered list of
 * field-value pairs, duplicates and over-long entries included (the classifier judges them).
 *
 * @param isNil true for {@code ID NIL}; then {@code fields} is empty
 * @param fields the pairs in the order the client sent them
 */
public record IdParameters(boolean isNil, List<IdField> fields) {

    private static final IdParameters NIL = new IdParameters(true, List.of());

    public IdParameters {
        fields = List.copyOf(fields);
        if (isNil && !fields.isEmpty()) {
            throw new IllegalArgumentException("ID NIL carries no fields");
        }
    }

    /** {@code ID NIL}: the client tells nothing about itself. */
    public static IdParameters nil() {
        return NIL;
    }

    /** A parenthesised list of pairs (possibly empty). */
    public static IdParameters of(List<IdField> fields) {
        return new IdParameters(false, fields);
    }

    /**
     * Pairs written inline, for tests and adapters: {@code of("name", "x", "event", null)}.
     * A {@code null} value stands for NIL.
     */
    public static IdParameters of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        List<IdField> fields = new ArrayList<>(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(new IdField(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new IdParameters(false, fields);
    }
}

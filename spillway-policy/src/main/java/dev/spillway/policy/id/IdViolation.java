package dev.spillway.policy.id;

import java.util.Objects;

/**
 * A breach of the RFC 2971 §3.3 limits; the server answers the command {@code BAD} with
 * {@link #text()}.
 *
 * @param rule which limit was broken
 * @param text a short explanation for the client, printable ASCII, naming the field if any
 */
public record IdViolation(Rule rule, String text) {

    /** The limits of RFC 2971 §3.3. */
    public enum Rule {
        /** More than {@link IdClassifier#MAX_FIELDS} field-value pairs. */
        TOO_MANY_FIELDS,
        /** A field name longer than {@link IdClassifier#MAX_NAME_OCTETS} octets. */
        FIELD_NAME_TOO_LONG,
        /** A value longer than {@link IdClassifier#MAX_VALUE_OCTETS} octets. */
        VALUE_TOO_LONG,
        /** The same field name twice, compared without regard to case. */
        DUPLICATE_FIELD
    }

    public IdViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }
}

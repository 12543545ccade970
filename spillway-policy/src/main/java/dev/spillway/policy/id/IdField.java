package dev.spillway.policy.id;

import java.util.Objects;

/**
 * One field-value pair of an {@code ID} command, as decoded from the wire.
 *
 * @param name the field name (an IMAP string, never NIL per RFC 2971 §3.3)
 * @param value the value, or {@code null} when the client sent NIL
 */
public record IdField(String name, String value) {

    public IdField {
        Objects.requireNonNull(name, "name");
    }
}

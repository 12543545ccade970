package dev.spillway.store;

import java.util.Optional;

/** The SPECIAL-USE mailbox attributes of RFC 6154 §2. */
public enum SpecialUse {
    ALL("\\All"),
    ARCHIVE("\\Archive"),
    DRAFTS("\\Drafts"),
    FLAGGED("\\Flagged"),
    JUNK("\\Junk"),
    SENT("\\Sent"),
    TRASH("\\Trash");

    private final String attribute;

    SpecialUse(String attribute) {
        this.attribute = attribute;
    }

    /** The attribute as LIST shows it, e.g. {@code \Sent}. */
    public String attribute() {
        return attribute;
    }

    /** Looks an attribute up without regard to case (RFC 6154 attributes are atoms). */
    public static Optional<SpecialUse> fromAttribute(String attribute) {
        for (SpecialUse use : values()) {
            if (use.attribute.equalsIgnoreCase(attribute)) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }
}

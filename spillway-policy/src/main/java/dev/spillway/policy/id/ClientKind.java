package dev.spillway.policy.id;

/** Who sent the {@code ID}, as far as TN3189 cares. */
public enum ClientKind {
    /** {@code name} starts with {@code com.apple.}: the only client whose {@code event} counts. */
    APPLE_MAIL,
    /** Any other client, including one that sent no {@code name} or a NIL one. */
    OTHER,
    /** {@code ID NIL}: the client identified nothing. */
    NONE
}

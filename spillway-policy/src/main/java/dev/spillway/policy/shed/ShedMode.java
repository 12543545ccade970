package dev.spillway.policy.shed;

/** How the policy treats background {@code ID}s from iOS Mail (TN3189). */
public enum ShedMode {
    /** ID is plain RFC 2971: nothing is classified for shedding, every ID is answered OK. */
    OFF,
    /** Judge as {@link #AUTO} would and count it, but never shed: a dry run for operators. */
    OBSERVE,
    /** Shed background work when a limit is reached or an overload signal is up (default). */
    AUTO,
    /** Shed every background ID, e.g. during an incident. */
    ALWAYS
}

package dev.spillway.policy.shed;

/** What the server does with the {@code ID}. */
public enum ShedOutcome {
    /** Answer {@code OK}. */
    ADMIT,
    /** Answer {@code NO [UNAVAILABLE]} (TN3189 "Tell Mail to Back Off"). */
    SHED,
    /** Mode OBSERVE: answer {@code OK}, but AUTO would have shed. */
    WOULD_SHED
}

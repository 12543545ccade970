package dev.spillway.policy.shed;

/**
 * A source of "the system is overloaded", such as an operator switch, event-loop lag or store
 * latency. Several may be registered with a {@link ShedPolicy}; the highest level wins.
 *
 * <p>{@link #level()} is read on every background ID from any thread: it must be cheap (a
 * volatile read), must not block and must not throw.
 */
public interface OverloadSignal {

    /** The current level. */
    OverloadLevel level();

    /** A short name for metrics and logs, e.g. {@code manual} or {@code store-latency}. */
    String name();

    /** True for a switch an operator sets; decisions then give {@link ShedReason#MANUAL}. */
    default boolean manual() {
        return false;
    }
}

package dev.spillway.policy.shed;

import dev.spillway.policy.id.BackgroundWork;
import dev.spillway.policy.id.IdClassification;
import java.util.Set;

/**
 * The shedding state of one connection: the background slot it holds, if any.
 *
 * <p>Call {@link #onId} for every valid {@code ID} the client sends, in order (an ID that breaks
 * RFC 2971 is answered {@code BAD} and not passed here), and {@link #close()} when the
 * connection ends. Every ID is judged afresh (TN3189: Mail may switch a connection between
 * foreground and background work): a switch to foreground or to a non-background client gives
 * the slot back, a switch between kinds of background work trades it, and the same background
 * ID again keeps it without counting twice. A shed connection holds no slot.
 *
 * <p>Methods synchronise on this session only, so {@link #close()} may come from another
 * thread than {@link #onId}.
 */
public final class ShedSession implements AutoCloseable {

    private final ShedPolicy policy;
    /** The work this session holds slots for, or null; guarded by this. */
    Set<BackgroundWork> held;
    private boolean closed;

    ShedSession(ShedPolicy policy) {
        this.policy = policy;
    }

    /**
     * Judges one ID.
     *
     * @throws IllegalArgumentException when {@code id} is not {@link IdClassification#isValid()}
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized ShedDecision onId(IdClassification id) {
        if (closed) {
            throw new IllegalStateException("ID judged on a closed session");
        }
        return policy.judge(this, id);
    }

    /** True while this session holds a background slot. */
    public synchronized boolean holdsSlot() {
        return held != null;
    }

    /** Gives back any slot; idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            policy.release(this);
            policy.closed();
        }
    }
}

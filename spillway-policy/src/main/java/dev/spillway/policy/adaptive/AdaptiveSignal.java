package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadSignal;
import java.util.List;

/**
 * An overload signal that measures something and re-judges its level once per sampling
 * interval. Between samples {@link #level()} is a volatile read, as {@link OverloadSignal}
 * demands.
 */
public interface AdaptiveSignal extends OverloadSignal {

    /** Closes the current interval and updates the level; called by one thread only. */
    void sample();

    /** The value last judged, in the signal's unit (nanoseconds, or a fraction for CPU). */
    double lastValue();

    /** False when the signal's target is 0: it is never raised. */
    boolean enabled();

    /** What it last measured against its targets, one reading per target. */
    List<SignalReading> readings();
}

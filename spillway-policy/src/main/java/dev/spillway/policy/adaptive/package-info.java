/**
 * Adaptive overload detection for shedding mode {@code auto}: measured signals and an adaptive
 * limit on background sessions, layered on {@link dev.spillway.policy.shed.ShedPolicy}.
 *
 * <p>Signals ({@link dev.spillway.policy.adaptive.AdaptiveSignal}): foreground command latency
 * (windowed p99), queue delay (windowed median), process CPU (smoothed), and for the proxy
 * backend latency and failure rate. Each compares its value with a target from the
 * {@code shed.adaptive.*} settings and reports HIGH at the target, CRITICAL at twice it.
 *
 * <p>Invariants: no flapping. A level rises at once but falls only when the value is below
 * {@code shed.adaptive.exit-fraction} of the threshold it crossed and at least
 * {@code shed.adaptive.hold} after the last change. A window with too few samples changes
 * nothing. {@code level()} is a volatile read; only {@code sample()} (one thread, once per
 * interval) computes. Recording is lock-free.
 *
 * <p>The {@link dev.spillway.policy.adaptive.AimdLimit} halves (by default) on overload, using
 * the sessions actually held as its base, waits one window before halving again, grows by one
 * per healthy interval up to {@code shed.background-cap}, and never goes below
 * {@code shed.adaptive.min-background}.
 *
 * <p>Fairness, as implemented: a shed device is not starved because (1) the limit's floor
 * always admits some back-fill, however loaded the server, so the wave drains at least at
 * {@code floor / session length}; (2) the limit grows back by one per healthy interval, so
 * capacity returns as soon as foreground latency allows; (3) indexing yields to back-fill
 * first (HIGH sheds indexing-only work). Not supported: priority for devices shed many times,
 * because an iOS Mail {@code ID} carries no stable device identity (TN3189 names only
 * {@code name} and {@code event}), and keying on the login would come after the ID the
 * decision is made on.
 *
 * <p>No network code; time comes from a supplied monotonic nanosecond clock, so tests drive
 * everything with synthetic sequences.
 */
package dev.spillway.policy.adaptive;

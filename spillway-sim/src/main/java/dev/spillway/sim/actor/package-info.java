/**
 * The simulated clients: {@link dev.spillway.sim.actor.BackgroundDevice} (iOS Mail after an
 * update, TN3189), {@link dev.spillway.sim.actor.ForegroundUser} (a person reading mail) and
 * {@link dev.spillway.sim.actor.Deliverer} (new mail over LMTP).
 *
 * <p>Each runs on its own platform thread with blocking sockets. Invariants: every loop checks
 * the run's deadline, every socket has a read timeout, and stopping the run closes every open
 * connection, so a run ends within a few seconds of its deadline whatever the target does.
 * Limits: one thread per client means a few thousand clients at most; the options refuse more
 * than 2,000, and on a 2-core machine a few hundred is the sensible range.
 */
package dev.spillway.sim.actor;

/**
 * The TN3189 shedding policy: decides per {@code ID} command whether iOS Mail background work is
 * admitted or answered {@code NO [UNAVAILABLE]}.
 *
 * <p>Entry points: {@link dev.spillway.policy.shed.ShedPolicy} (one per process) and its
 * {@link dev.spillway.policy.shed.ShedSession} (one per connection).
 *
 * <p>Invariants: foreground work and clients other than Apple Mail are never shed; no cap in
 * {@link dev.spillway.policy.shed.PolicySettings} is ever exceeded by admissions under the
 * settings in force; a closed or shed session holds no slot, so counters return to zero when
 * every session is closed; settings are immutable and swapped whole; the decision path takes no
 * lock shared between connections. No network code and no metrics library here: counters are
 * read through {@link dev.spillway.policy.shed.ShedSnapshot}.
 */
package dev.spillway.policy.shed;

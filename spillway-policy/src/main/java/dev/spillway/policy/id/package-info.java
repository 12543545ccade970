/**
 * Classification of RFC 2971 {@code ID} parameters as Apple's TN3189 asks.
 *
 * <p>The input is {@link dev.spillway.policy.id.IdParameters}, the field-value pairs as the
 * parser yields them (independent of the protocol module; the server adapts). The
 * {@link dev.spillway.policy.id.IdClassifier} first applies the RFC 2971 §3.3 limits (at most 30
 * pairs, field names at most 30 octets, values at most 1024 octets, no field twice) and then
 * decides whether the client is iOS Mail doing background work.
 *
 * <p>Invariants: classification is a pure function of its input (no state, no I/O, no logging);
 * every result is an immutable record; every string that a result carries for logs is printable
 * ASCII and bounded in length, whatever the client sent.
 */
package dev.spillway.policy.id;

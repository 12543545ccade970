/**
 * The simulator's wire clients: a blocking IMAP client (commands, literals both ways, IDLE,
 * STARTTLS, implicit TLS), an LMTP client for delivery during a run, and the admin API calls
 * that switch the shedding mode.
 *
 * <p>Invariants: every socket has a read timeout, so no simulated client blocks forever;
 * large literals are counted and dropped, never kept; a target that is not loopback is refused
 * unless remote targets are explicitly allowed ({@link dev.spillway.sim.wire.Loopback}).
 * No Netty: blocking sockets, one thread per simulated connection.
 */
package dev.spillway.sim.wire;

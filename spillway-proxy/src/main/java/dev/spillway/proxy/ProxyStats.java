package dev.spillway.proxy;

import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.policy.shed.ShedSnapshot;
import java.util.Map;

/**
 * A point-in-time view of the proxy's own counters, for tests and tools that want numbers
 * without scraping; the Prometheus series are in {@link ImapProxy#observability()}. Counters
 * are read one after another without a lock, so under load they may be a few events apart.
 *
 * @param sessionsOpen client sessions open now
 * @param sessionsEnded client sessions ended since start, by class; every class present
 * @param backendConnectionsOpen backend connections carrying a client session now
 * @param backendConnects backend connections established for sessions since start
 * @param backendConnectFailures backend connection attempts that failed (refused, timed out,
 *     TLS failure, greeting BYE, STARTTLS refused)
 * @param backendConnectNanosTotal time from connect to ready, summed over
 *     {@code backendConnects}, in nanoseconds
 * @param backendConnectNanosMax the slowest backend connect, in nanoseconds
 * @param idsShedByProxy IDs the proxy answered {@code NO [UNAVAILABLE]} itself
 * @param bytesFromClients octets received from clients (after TLS and decompression)
 * @param bytesToClients octets relayed from backends to clients
 * @param pendingWriteHighWater the most octets ever queued for writing on one connection, in
 *     either direction: the proof that relaying is bounded whatever the message sizes
 * @param shed the shedding policy's own counters
 */
public record ProxyStats(
        long sessionsOpen,
        Map<SessionClass, Long> sessionsEnded,
        long backendConnectionsOpen,
        long backendConnects,
        long backendConnectFailures,
        long backendConnectNanosTotal,
        long backendConnectNanosMax,
        long idsShedByProxy,
        long bytesFromClients,
        long bytesToClients,
        long pendingWriteHighWater,
        ShedSnapshot shed) {

    public ProxyStats {
        sessionsEnded = Map.copyOf(sessionsEnded);
    }

    /** Sessions ended with this class. */
    public long sessionsEnded(SessionClass sessionClass) {
        return sessionsEnded.get(sessionClass);
    }
}

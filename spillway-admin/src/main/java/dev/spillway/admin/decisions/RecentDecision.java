package dev.spillway.admin.decisions;

import java.time.Instant;
import java.util.Objects;

/**
 * One shed {@code ID}, as the dashboard lists it.
 *
 * @param sequence position in the order of recording, from 0
 * @param time when it was decided
 * @param clientAddress the client's address, e.g. {@code 192.0.2.7}; empty when unknown
 * @param clientName the sanitized {@code name} from the ID (see
 *     {@link dev.spillway.policy.id.IdClassification#clientName()})
 * @param activity the announced background work: {@code indexer}, {@code back-fill} or
 *     {@code indexer,back-fill}
 * @param reason the {@link dev.spillway.policy.shed.ShedReason}, lower case
 */
public record RecentDecision(long sequence, Instant time, String clientAddress, String clientName,
        String activity, String reason) {

    public RecentDecision {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(reason, "reason");
    }
}

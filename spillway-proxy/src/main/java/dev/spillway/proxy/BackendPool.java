package dev.spillway.proxy;

import dev.spillway.config.HostPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Chooses backends round robin, skipping those that failed recently. A backend that failed is
 * avoided for {@link #QUARANTINE}; when every backend failed recently they are all tried anyway,
 * since refusing without trying would turn a short outage into a longer one. Thread-safe.
 */
final class BackendPool {

    /** How long a failed backend is tried only after the healthy ones. */
    static final Duration QUARANTINE = Duration.ofSeconds(30);

    private final List<HostPort> backends;
    private final LongSupplier nanoClock;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<HostPort, Long> failedAt = new ConcurrentHashMap<>();

    BackendPool(List<HostPort> backends, LongSupplier nanoClock) {
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("no backend");
        }
        this.backends = List.copyOf(backends);
        this.nanoClock = nanoClock;
    }

    /** The order in which to try backends for one connection: healthy first, round robin. */
    List<HostPort> candidates() {
        int start = Math.floorMod(next.getAndIncrement(), backends.size());
        List<HostPort> healthy = new ArrayList<>();
        List<HostPort> quarantined = new ArrayList<>();
        long now = nanoClock.getAsLong();
        for (int i = 0; i < backends.size(); i++) {
            HostPort backend = backends.get((start + i) % backends.size());
            Long failed = failedAt.get(backend);
            if (failed != null && now - failed < QUARANTINE.toNanos()) {
                quarantined.add(backend);
            } else {
                healthy.add(backend);
            }
        }
        healthy.addAll(quarantined);
        return healthy;
    }

    void failed(HostPort backend) {
        failedAt.put(backend, nanoClock.getAsLong());
    }

    void succeeded(HostPort backend) {
        failedAt.remove(backend);
    }
}

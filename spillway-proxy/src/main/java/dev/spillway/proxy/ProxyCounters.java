package dev.spillway.proxy;

import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.policy.shed.ShedPolicy;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** The proxy's live counters; {@link #snapshot} turns them into a {@link ProxyStats}. */
final class ProxyCounters {

    final LongAdder sessionsOpen = new LongAdder();
    final LongAdder backendOpen = new LongAdder();
    final LongAdder backendConnects = new LongAdder();
    final LongAdder backendFailures = new LongAdder();
    final LongAdder connectNanos = new LongAdder();
    final LongAccumulator connectNanosMax = new LongAccumulator(Math::max, 0);
    final LongAdder idsShed = new LongAdder();
    final LongAdder bytesFromClients = new LongAdder();
    final LongAdder bytesToClients = new LongAdder();
    final LongAccumulator pendingHighWater = new LongAccumulator(Math::max, 0);
    private final Map<SessionClass, LongAdder> ended = new EnumMap<>(SessionClass.class);

    ProxyCounters() {
        for (SessionClass c : SessionClass.values()) {
            ended.put(c, new LongAdder());
        }
    }

    void sessionEnded(SessionClass sessionClass) {
        ended.get(sessionClass).increment();
        sessionsOpen.decrement();
    }

    void backendConnected(long nanos) {
        backendConnects.increment();
        connectNanos.add(nanos);
        connectNanosMax.accumulate(nanos);
    }

    /** Records how much {@code channel} has queued for writing after a write. */
    void notePending(Channel channel) {
        ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
        if (buffer != null) {
            pendingHighWater.accumulate(buffer.totalPendingWriteBytes());
        }
    }

    ProxyStats snapshot(ShedPolicy policy) {
        Map<SessionClass, Long> endedNow = new EnumMap<>(SessionClass.class);
        ended.forEach((c, n) -> endedNow.put(c, n.sum()));
        return new ProxyStats(sessionsOpen.sum(), endedNow, backendOpen.sum(),
                backendConnects.sum(), backendFailures.sum(), connectNanos.sum(),
                connectNanosMax.get(), idsShed.sum(), bytesFromClients.sum(),
                bytesToClients.sum(), pendingHighWater.get(), policy.snapshot());
    }
}

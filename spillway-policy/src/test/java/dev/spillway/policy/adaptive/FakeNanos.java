package dev.spillway.policy.adaptive;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A monotonic clock that moves only when a test says so. */
final class FakeNanos implements LongSupplier {

    private long now = 1_000_000_000L;

    void advance(Duration duration) {
        now += duration.toNanos();
    }

    @Override
    public long getAsLong() {
        return now;
    }
}

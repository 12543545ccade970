package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.config.HostPort;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BackendPoolTest {

    private static final HostPort A = new HostPort("a", 143);
    private static final HostPort B = new HostPort("b", 143);
    private static final HostPort C = new HostPort("c", 143);

    private final AtomicLong now = new AtomicLong();
    private final BackendPool pool = new BackendPool(List.of(A, B, C), now::get);

    @Test
    void rotatesThroughTheBackends() {
        assertThat(pool.candidates()).containsExactly(A, B, C);
        assertThat(pool.candidates()).containsExactly(B, C, A);
        assertThat(pool.candidates()).containsExactly(C, A, B);
    }

    @Test
    void triesARecentlyFailedBackendLastUntilItsQuarantineEnds() {
        pool.failed(A);
        assertThat(pool.candidates()).containsExactly(B, C, A);
        assertThat(pool.candidates()).containsExactly(B, C, A);
        now.addAndGet(BackendPool.QUARANTINE.toNanos());
        assertThat(pool.candidates()).containsExactly(C, A, B);
    }

    @Test
    void aSuccessEndsTheQuarantine() {
        pool.failed(B);
        pool.succeeded(B);
        assertThat(pool.candidates()).containsExactly(A, B, C);
    }
}

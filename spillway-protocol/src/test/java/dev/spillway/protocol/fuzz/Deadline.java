package dev.spillway.protocol.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Bounds one try of a property. Framing and parsing a few hundred bytes takes microseconds, so
 * a try that is still running after five seconds is looping, and fails instead of hanging the
 * build.
 */
final class Deadline {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    private Deadline() {
    }

    static <T> T within(ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(LIMIT, work);
    }
}

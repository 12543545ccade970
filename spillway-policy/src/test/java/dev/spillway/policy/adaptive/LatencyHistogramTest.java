package dev.spillway.policy.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyHistogramTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 8, 9, 15, 16, 17, 100, 999, 1000, 250_000, 1L << 40,
        Long.MAX_VALUE / 1000})
    void bucketUpperBoundIsAboveTheValueAndWithinAnEighth(long micros) {
        int bucket = LatencyHistogram.bucket(micros);
        long upper = LatencyHistogram.upperMicros(bucket);

        assertThat(bucket).isBetween(0, LatencyHistogram.BUCKETS - 1);
        assertThat(upper).isGreaterThan(micros);
        assertThat((double) upper).isLessThanOrEqualTo(Math.max(micros + 1, micros * 1.125));
        if (bucket > 0) {
            assertThat(LatencyHistogram.upperMicros(bucket - 1)).isLessThanOrEqualTo(micros);
        }
    }

    @Test
    void quantileComesFromTheWholeWindowAndOldIntervalsDropOut() {
        LatencyHistogram histogram = new LatencyHistogram(2);
        for (int i = 0; i < 99; i++) {
            histogram.record(1_000_000);
        }
        histogram.record(500_000_000);
        histogram.roll();

        assertThat(histogram.count()).isEqualTo(100);
        assertThat(histogram.quantileNanos(0.5)).isBetween(1_000_000L, 1_125_000L);
        assertThat(histogram.quantileNanos(0.99)).isBetween(1_000_000L, 1_125_000L);
        assertThat(histogram.quantileNanos(1.0)).isBetween(500_000_000L, 562_500_000L);

        histogram.roll();
        assertThat(histogram.count()).isEqualTo(100);
        histogram.roll();
        assertThat(histogram.count()).isZero();
        assertThat(histogram.quantileNanos(0.99)).isZero();
    }

    @Test
    void negativeDurationsCountAsZero() {
        LatencyHistogram histogram = new LatencyHistogram(1);
        histogram.record(-5);
        histogram.roll();

        assertThat(histogram.quantileNanos(1.0)).isEqualTo(1000);
    }
}

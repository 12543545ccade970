package dev.spillway.admin.metrics;

import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.concurrent.TimeUnit;

/**
 * Recent latency quantiles in milliseconds; NaN when nothing was recorded in the window.
 *
 * @param p50Millis median
 * @param p99Millis 99th percentile
 */
public record LatencyQuantiles(double p50Millis, double p99Millis) {

    static LatencyQuantiles of(HistogramSnapshot snapshot) {
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        if (snapshot.count() > 0) {
            for (ValueAtPercentile value : snapshot.percentileValues()) {
                if (value.percentile() == 0.5) {
                    p50 = value.value(TimeUnit.MILLISECONDS);
                } else if (value.percentile() == 0.99) {
                    p99 = value.value(TimeUnit.MILLISECONDS);
                }
            }
        }
        return new LatencyQuantiles(p50, p99);
    }
}

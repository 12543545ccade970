package dev.spillway.admin.metrics;

import dev.spillway.policy.adaptive.SignalReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * One gauge family per part of an overload signal reading, tagged by signal:
 * {@code spillway_shed_signal_value}, {@code spillway_shed_signal_target} (both in seconds
 * for latencies, a fraction for CPU and error rates; a target of 0 means off) and
 * {@code spillway_shed_signal_level} (0 none, 1 high, 2 critical). The set of signals is
 * fixed when the adaptive mode starts, so the gauges are registered once.
 */
final class SignalMeters {
    private SignalMeters() {
    }

    static void bind(MeterRegistry registry, Supplier<List<SignalReading>> readings) {
        for (SignalReading first : readings.get()) {
            String name = first.name();
            gauge(registry, "spillway.shed.signal.value", name, readings, SignalReading::value,
                    "what the overload signal last measured");
            gauge(registry, "spillway.shed.signal.target", name, readings,
                    SignalReading::target, "the value at which the signal is raised; 0 = off");
            gauge(registry, "spillway.shed.signal.level", name, readings,
                    r -> r.level().ordinal(), "the signal's level: 0 none, 1 high, 2 critical");
        }
    }

    private static void gauge(MeterRegistry registry, String metric, String signal,
            Supplier<List<SignalReading>> readings, ToDoubleFunction<SignalReading> part,
            String description) {
        Gauge.builder(metric, readings, all -> valueOf(all.get(), signal, part))
                .description(description)
                .tag("signal", signal.replace('-', '_').toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private static double valueOf(List<SignalReading> readings, String signal,
            ToDoubleFunction<SignalReading> part) {
        for (SignalReading reading : readings) {
            if (reading.name().equals(signal)) {
                return part.applyAsDouble(reading);
            }
        }
        return Double.NaN;
    }
}

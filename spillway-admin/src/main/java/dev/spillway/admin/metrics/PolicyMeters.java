package dev.spillway.admin.metrics;

import dev.spillway.policy.shed.OverloadLevel;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedReason;
import dev.spillway.policy.shed.ShedSnapshot;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Series read from the shedding policy at scrape time. The policy counts its own decisions
 * (lock-free, per outcome and reason), so nothing here is on the hot path: every value is a
 * function of {@link ShedSnapshot}.
 */
final class PolicyMeters {

    private PolicyMeters() {
    }

    static void bind(MeterRegistry registry, PolicySnapshots snapshots) {
        for (ShedOutcome outcome : ShedOutcome.values()) {
            for (ShedReason reason : ShedReason.values()) {
                FunctionCounter.builder("spillway.shed.decisions", snapshots,
                                s -> s.latest().decisions(outcome, reason))
                        .description("ID decisions of the shedding policy (TN3189)")
                        .tag("outcome", label(outcome))
                        .tag("reason", label(reason))
                        .register(registry);
            }
        }
        gauge(registry, "spillway.shed.admitted", "total", snapshots,
                ShedSnapshot::admittedTotal);
        gauge(registry, "spillway.shed.admitted", "indexing", snapshots,
                ShedSnapshot::admittedIndexing);
        gauge(registry, "spillway.shed.admitted", "back_fill", snapshots,
                ShedSnapshot::admittedBackFill);
        for (ShedMode mode : ShedMode.values()) {
            Gauge.builder("spillway.shed.mode", snapshots,
                            s -> s.latest().settings().mode() == mode ? 1 : 0)
                    .description("1 for the shedding mode in force, 0 for the others")
                    .tag("mode", label(mode))
                    .register(registry);
        }
        limit(registry, "background_cap", snapshots, PolicySettings::backgroundCap);
        limit(registry, "indexing_cap", snapshots, PolicySettings::indexingCap);
        limit(registry, "back_fill_cap", snapshots, PolicySettings::backFillCap);
        limit(registry, "rate", snapshots, PolicySettings::rate);
        limit(registry, "burst", snapshots, PolicySettings::burst);
        limit(registry, "indexing_yield_fraction", snapshots,
                PolicySettings::indexingYieldFraction);
        Gauge.builder("spillway.shed.override.expiry", snapshots, PolicyMeters::expiry)
                .description("when the run-time override ends, Unix seconds; 0 = none active")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("spillway.shed.overload", snapshots, s -> level(s.latest().overload()))
                .description("highest overload signal: 0 none, 1 high, 2 critical")
                .register(registry);
        Gauge.builder("spillway.shed.policy.sessions", snapshots,
                        s -> s.latest().openSessions())
                .description("connections the shedding policy tracks")
                .register(registry);
    }

    private static void gauge(MeterRegistry registry, String name, String work,
            PolicySnapshots snapshots, ToDoubleFunction<ShedSnapshot> value) {
        Gauge.builder(name, snapshots, s -> value.applyAsDouble(s.latest()))
                .description("background sessions holding a slot")
                .tag("work", work)
                .register(registry);
    }

    private static void limit(MeterRegistry registry, String limit, PolicySnapshots snapshots,
            ToDoubleFunction<PolicySettings> value) {
        Gauge.builder("spillway.shed.limit", snapshots,
                        s -> value.applyAsDouble(s.latest().settings()))
                .description("shedding limits in force (caps in sessions, rate per second)")
                .tag("limit", limit)
                .register(registry);
    }

    private static double expiry(PolicySnapshots snapshots) {
        Instant expiresAt = snapshots.latest().overrideExpiresAt();
        return expiresAt == null ? 0 : expiresAt.getEpochSecond();
    }

    private static double level(OverloadLevel level) {
        return level.ordinal();
    }

    /** Enum constants as label values: {@code BACK_FILL_CAP} becomes {@code back_fill_cap}. */
    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

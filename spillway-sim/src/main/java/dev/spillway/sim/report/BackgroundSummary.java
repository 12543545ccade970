package dev.spillway.sim.report;

import java.util.List;

/**
 * The background population's outcome.
 *
 * @param devices simulated devices
 * @param sessionsAdmitted background IDs answered OK
 * @param sessionsShed background IDs answered {@code NO [UNAVAILABLE]}
 * @param devicesCompleted devices whose back-fill completed within the run
 * @param retries attempts after a shed or failed one, all devices together
 * @param maxRetries the most retries one device needed (completed or not)
 * @param p50SecondsToComplete median time to complete over completed devices; 0 if none
 * @param maxSecondsToComplete the longest time to complete; 0 if none
 * @param messages messages downloaded
 * @param bytes message octets downloaded
 */
public record BackgroundSummary(int devices, long sessionsAdmitted, long sessionsShed,
        int devicesCompleted, long retries, int maxRetries, double p50SecondsToComplete,
        double maxSecondsToComplete, long messages, long bytes) {

    /** Sums {@code results}; admitted and shed counts come from the recorder's series. */
    public static BackgroundSummary of(List<DeviceResult> results, List<SecondRow> series) {
        long admitted = series.stream().mapToLong(SecondRow::admitted).sum();
        long shed = series.stream().mapToLong(SecondRow::shed).sum();
        double[] times = results.stream().filter(DeviceResult::completed)
                .mapToDouble(DeviceResult::secondsToComplete).sorted().toArray();
        double p50 = times.length == 0 ? 0 : times[(int) Math.ceil(0.5 * times.length) - 1];
        double max = times.length == 0 ? 0 : times[times.length - 1];
        return new BackgroundSummary(results.size(), admitted, shed, times.length,
                results.stream().mapToLong(DeviceResult::retries).sum(),
                results.stream().mapToInt(DeviceResult::retries).max().orElse(0),
                round(p50), round(max),
                results.stream().mapToLong(DeviceResult::messages).sum(),
                results.stream().mapToLong(DeviceResult::bytes).sum());
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}

package dev.spillway.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.spillway.sim.report.Chart;
import dev.spillway.sim.report.SecondRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Three runs against one target: no wave, the wave with shedding {@code off}, the same wave
 * with {@code auto}. The goals it checks: with {@code off} the wave should hurt (foreground p99
 * at least 5 times the baseline), with {@code auto} it should not (within 1.5 times), and every
 * device's back-fill should complete.
 */
public record CompareReport(SimReport baseline, SimReport off, SimReport auto) {

    /** Foreground p99 of {@code run} divided by the baseline's. */
    public double p99Ratio(SimReport run) {
        double base = baseline.summary().foregroundAll().p99Ms();
        return base <= 0 ? Double.NaN : run.summary().foregroundAll().p99Ms() / base;
    }

    /** A Markdown table of the three runs and the ratios. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("| run | fg commands | fg p50 ms | fg p95 ms | fg p99 ms | p99 / baseline "
                + "| bg admitted | bg shed | devices completed | retries (max) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SimReport run : List.of(baseline, off, auto)) {
            var fg = run.summary().foregroundAll();
            var bg = run.summary().background();
            md.append(String.format(Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.2f | %d | %d | %d / %d | %d (%d) |%n",
                    run.label(), fg.count(), fg.p50Ms(), fg.p95Ms(), fg.p99Ms(), p99Ratio(run),
                    bg.sessionsAdmitted(), bg.sessionsShed(), bg.devicesCompleted(),
                    bg.devices(), bg.retries(), bg.maxRetries()));
        }
        return md.toString();
    }

    /**
     * Writes each run's files into {@code directory}, {@code compare.md},
     * {@code compare.json}, and the chart of all three runs to {@code chart}.
     */
    public void write(Path directory, Path chart) throws IOException {
        baseline.write(directory);
        off.write(directory);
        auto.write(directory);
        Files.writeString(directory.resolve("compare.md"), toMarkdown(), StandardCharsets.UTF_8);
        try {
            Files.writeString(directory.resolve("compare.json"),
                    SimReport.JSON.writeValueAsString(this), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<SecondRow>> runs = new LinkedHashMap<>();
        runs.put("no wave", baseline.series());
        runs.put("wave, shedding off", off.series());
        runs.put("wave, shedding auto", auto.series());
        Chart.write(runs, chart);
    }
}

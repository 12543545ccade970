package dev.spillway.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.spillway.sim.report.Chart;
import dev.spillway.sim.report.DeviceResult;
import dev.spillway.sim.report.SecondRow;
import dev.spillway.sim.report.SimSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one run: the summary, one row per second, and every device's outcome.
 *
 * @param summary headline figures (foreground percentiles per operation, background outcome)
 * @param series one row per second of the run
 * @param devices one result per background device
 */
public record SimReport(SimSummary summary, List<SecondRow> series, List<DeviceResult> devices) {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public SimReport {
        series = List.copyOf(series);
        devices = List.copyOf(devices);
    }

    public String label() {
        return summary.label();
    }

    /** The per-second series as CSV with a header line. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(SecondRow.CSV_HEADER).append('\n');
        for (SecondRow row : series) {
            csv.append(row.toCsv()).append('\n');
        }
        return csv.toString();
    }

    /** Summary, series and devices as one JSON document. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code <label>.txt} (summary), {@code <label>.csv}, {@code <label>.json} and
     * {@code <label>.png} (chart) into {@code directory}, creating it; returns the chart.
     */
    public Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        String label = label();
        Files.writeString(directory.resolve(label + ".txt"), summary.toText(),
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(label + ".csv"), toCsv(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(label + ".json"), toJson(), StandardCharsets.UTF_8);
        Path png = directory.resolve(label + ".png");
        Map<String, List<SecondRow>> runs = new LinkedHashMap<>();
        runs.put(label, series);
        Chart.write(runs, png);
        return png;
    }
}

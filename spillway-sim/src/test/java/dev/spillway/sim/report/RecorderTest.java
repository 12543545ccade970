package dev.spillway.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecorderTest {

    private static final long START = 1_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    @ParameterizedTest
    @CsvSource({
        "0.50, 50",
        "0.95, 95",
        "0.99, 99",
        "1.00, 100",
        "0.001, 1",
    })
    void nearestRankPercentiles(double quantile, long expected) {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        java.util.Arrays.sort(values);

        assertThat(LatencyStats.rank(values, quantile)).isEqualTo(expected);
    }

    @Test
    void eventsLandInTheSecondTheyHappenedAndForegroundAloneMakesPercentiles() {
        Recorder recorder = new Recorder(START, 3);
        for (int i = 1; i <= 100; i++) {
            recorder.command(Operation.FETCH_BODY, true, START + 100 * MS, i * MS);
        }
        recorder.command(Operation.BATCH_FETCH, false, START + 200 * MS, 9_000 * MS);
        recorder.admitted(START + SECOND + 1);
        recorder.shed(START + SECOND + 2);
        recorder.shed(START + SECOND + 3);
        recorder.activeBackground(START + SECOND + 4, 7);
        recorder.completed(START + 99 * SECOND);
        recorder.delivered(START - SECOND);

        List<SecondRow> rows = recorder.series(3);

        assertThat(rows.get(0)).isEqualTo(new SecondRow(0, 100, 50.0, 99.0, 1, 0, 0, 0, 0, 0,
                1));
        assertThat(rows.get(1)).isEqualTo(new SecondRow(1, 0, null, null, 0, 1, 2, 7, 0, 0, 0));
        assertThat(rows.get(2).completed()).as("late events count in the last second")
                .isEqualTo(1);
        assertThat(recorder.foregroundByOperation()).containsOnlyKeys(Operation.FETCH_BODY);
        assertThat(recorder.foregroundAll()).isEqualTo(new LatencyStats(100, 50, 95, 99, 100));
    }

    @Test
    void csvLeavesMissingPercentilesEmpty() {
        assertThat(new SecondRow(4, 0, null, null, 3, 1, 2, 5, 0, 1, 0).toCsv())
                .isEqualTo("4,0,,,3,1,2,5,0,1,0");
        assertThat(SecondRow.CSV_HEADER.split(",")).hasSize(11);
    }

    @Test
    void backgroundSummaryCountsRetriesAndCompletion() {
        List<DeviceResult> devices = List.of(
                new DeviceResult(0, "back-fill", true, 2, 0, 40.0, 200, 1000),
                new DeviceResult(1, "indexer", true, 0, 1, 10.0, 200, 1000),
                new DeviceResult(2, "back-fill", false, 5, 0, -1, 50, 250));
        List<SecondRow> series = List.of(new SecondRow(0, 0, null, null, 0, 3, 7, 0, 0, 0, 0));

        BackgroundSummary summary = BackgroundSummary.of(devices, series);

        assertThat(summary).isEqualTo(new BackgroundSummary(3, 3, 7, 2, 8, 5, 10.0, 40.0, 450,
                2250));
    }

    @Test
    void chartIsAPngOfTheExpectedSize(@TempDir Path dir) throws IOException {
        Map<String, List<SecondRow>> runs = new LinkedHashMap<>();
        runs.put("no wave", List.of(new SecondRow(0, 5, 2.0, 4.0, 0, 0, 0, 0, 0, 0, 0),
                new SecondRow(1, 0, null, null, 0, 0, 0, 0, 0, 0, 0)));
        runs.put("off", List.of(new SecondRow(0, 5, 20.0, 400.0, 9, 4, 0, 4, 0, 0, 0),
                new SecondRow(1, 5, 30.0, 2500.0, 9, 0, 6, 4, 1, 0, 0)));
        Path png = dir.resolve("charts/compare.png");

        Chart.write(runs, png);
        BufferedImage image = ImageIO.read(png.toFile());

        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(680);
    }
}

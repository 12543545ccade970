package dev.spillway.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.sim.report.BackgroundSummary;
import dev.spillway.sim.report.LatencyStats;
import dev.spillway.sim.report.SecondRow;
import dev.spillway.sim.report.SimSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareReportTest {

    private static SimReport run(String label, double p99, int admitted, int shed) {
        BackgroundSummary background = new BackgroundSummary(admitted == 0 ? 0 : 4, admitted,
                shed, admitted == 0 ? 0 : 4, shed, 2, 20, 30, 800, 8_000_000);
        SimSummary summary = new SimSummary(label, 2, new LatencyStats(100, 2, 5, p99, p99),
                Map.of(), background, 3, 0);
        List<SecondRow> series = List.of(
                new SecondRow(0, 50, 2.0, p99, 10, admitted, 0, admitted, 0, 0, 1),
                new SecondRow(1, 50, 2.0, p99, 10, 0, shed, 0, 4, 0, 2));
        return new SimReport(summary, series, List.of());
    }

    @Test
    void tableShowsEachRunAndItsRatioToTheBaseline(@TempDir Path dir) throws Exception {
        CompareReport report = new CompareReport(run("baseline", 10, 0, 0),
                run("off", 80, 4, 0), run("auto", 12, 4, 6));

        assertThat(report.p99Ratio(report.off())).isEqualTo(8.0);
        assertThat(report.p99Ratio(report.auto())).isEqualTo(1.2);
        assertThat(report.toMarkdown())
                .contains("| baseline | 100 | 2.0 | 5.0 | 10.0 | 1.00 | 0 | 0 | 0 / 0 | 0 (2) |")
                .contains("| off | 100 | 2.0 | 5.0 | 80.0 | 8.00 | 4 | 0 | 4 / 4 | 0 (2) |")
                .contains("| auto | 100 | 2.0 | 5.0 | 12.0 | 1.20 | 4 | 6 | 4 / 4 | 6 (2) |");

        report.write(dir, dir.resolve("charts/compare.png"));

        assertThat(dir.resolve("charts/compare.png")).isNotEmptyFile();
        assertThat(dir.resolve("compare.md")).isNotEmptyFile();
        assertThat(dir.resolve("off.csv")).isNotEmptyFile();
        assertThat(SimReport.JSON.readTree(dir.resolve("compare.json").toFile())
                .at("/auto/summary/foregroundAll/p99Ms").asDouble()).isEqualTo(12.0);
    }
}

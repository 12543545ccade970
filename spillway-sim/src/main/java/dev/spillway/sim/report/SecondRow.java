package dev.spillway.sim.report;

/**
 * One second of a run: the CSV row and the chart's data point.
 *
 * @param second seconds since the run started (this row covers {@code [second, second + 1)})
 * @param foregroundCommands foreground commands that completed in this second
 * @param foregroundP50Ms their median latency, or {@code null} when there were none
 * @param foregroundP99Ms their 99th percentile, or {@code null} when there were none
 * @param backgroundCommands background device commands that completed in this second
 * @param admitted background IDs answered OK
 * @param shed background IDs answered {@code NO [UNAVAILABLE]}
 * @param activeBackground admitted background sessions open at the end of the second
 * @param completed devices whose back-fill completed in this second
 * @param errors connections or commands that failed (not shedding)
 * @param deliveries messages delivered over LMTP
 */
public record SecondRow(int second, int foregroundCommands, Double foregroundP50Ms,
        Double foregroundP99Ms, int backgroundCommands, int admitted, int shed,
        int activeBackground, int completed, int errors, int deliveries) {

    /** The CSV header matching {@link #toCsv()}. */
    public static final String CSV_HEADER = "second,foreground_commands,foreground_p50_ms,"
            + "foreground_p99_ms,background_commands,admitted,shed,active_background,completed,"
            + "errors,deliveries";

    /** The row as CSV; a missing percentile is an empty field. */
    public String toCsv() {
        return second + "," + foregroundCommands + "," + cell(foregroundP50Ms) + ","
                + cell(foregroundP99Ms) + "," + backgroundCommands + "," + admitted + "," + shed
                + "," + activeBackground + "," + completed + "," + errors + "," + deliveries;
    }

    private static String cell(Double value) {
        return value == null ? "" : Double.toString(value);
    }
}

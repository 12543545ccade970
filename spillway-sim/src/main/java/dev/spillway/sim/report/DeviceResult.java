package dev.spillway.sim.report;

/**
 * What one simulated background device achieved.
 *
 * @param device its number
 * @param event the TN3189 {@code event} it announced ({@code back-fill} or {@code indexer})
 * @param completed true when it downloaded every message of every mailbox
 * @param sheds how often its ID was answered {@code NO [UNAVAILABLE]}
 * @param errors connections that failed otherwise
 * @param secondsToComplete from its first connection to completion; -1 if not completed
 * @param messages messages downloaded
 * @param bytes message octets downloaded
 */
public record DeviceResult(int device, String event, boolean completed, int sheds, int errors,
        double secondsToComplete, long messages, long bytes) {

    /** Retries: every attempt after the first that ended in shedding or an error. */
    public int retries() {
        return sheds + errors;
    }
}

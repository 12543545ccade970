package dev.spillway.server.command;

/**
 * Octets as the QUOTA extension counts them: in units of 1024 octets (RFC 9208 §5.1), rounded
 * up, so a used amount never reads as less than it is and, rounded the same way, never above a
 * limit it has not reached.
 */
final class Kibibytes {
    private Kibibytes() {
    }

    static long of(long octets) {
        return (octets + 1023) / 1024;
    }
}

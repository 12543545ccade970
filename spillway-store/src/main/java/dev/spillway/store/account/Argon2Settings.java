package dev.spillway.store.account;

/**
 * Cost parameters for new Argon2id hashes (RFC 9106). Existing hashes keep the parameters they
 * were made with, so raising these only affects passwords set afterwards.
 *
 * @param memoryKib   memory per hash in KiB; default 19456 (19 MiB, the OWASP minimum)
 * @param iterations  passes over memory; default 2
 * @param parallelism lanes; default 1
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {
    /** The OWASP Password Storage Cheat Sheet's first Argon2id choice: m=19456, t=2, p=1. */
    public static final Argon2Settings DEFAULT = new Argon2Settings(19456, 2, 1);

    public Argon2Settings {
        if (parallelism < 1 || parallelism > 255) {
            throw new IllegalArgumentException("parallelism must be 1..255: " + parallelism);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
        if (memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("memory must be at least 8 KiB per lane");
        }
    }
}

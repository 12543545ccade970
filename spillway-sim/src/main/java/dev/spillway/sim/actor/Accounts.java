package dev.spillway.sim.actor;

import java.util.Locale;
import java.util.Objects;

/**
 * The accounts a run uses: {@code count} accounts named {@code prefix001}, {@code prefix002},
 * ... sharing one password, delivered to as {@code name@domain}. They must exist on the target
 * before seeding (e.g. {@code spillway user add sim001 --password-stdin}).
 */
public record Accounts(String prefix, int count, String password, String domain) {

    public Accounts {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(domain, "domain");
        if (count < 1 || count > 9999) {
            throw new IllegalArgumentException("count must be 1 to 9999: " + count);
        }
        if (!prefix.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("prefix must be lower-case letters, digits and "
                    + "'-', starting with a letter: " + prefix);
        }
    }

    /** {@code sim} accounts, password {@code sim-password}, domain {@code localhost}. */
    public static Accounts of(int count) {
        return new Accounts("sim", count, "sim-password", "localhost");
    }

    /** The name of account {@code index} (0-based, wrapping around {@link #count()}). */
    public String name(int index) {
        return prefix + String.format(Locale.ROOT, "%03d", Math.floorMod(index, count) + 1);
    }

    public String address(int index) {
        return name(index) + "@" + domain;
    }
}

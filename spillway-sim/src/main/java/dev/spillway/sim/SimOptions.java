package dev.spillway.sim;

import dev.spillway.sim.actor.Accounts;
import dev.spillway.sim.wire.Target;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one run needs. Build with {@link #builder(Target)}; every value has a default
 * fit for a 2-core machine. Immutable.
 *
 * <p>Time line of a run: foreground users start at once and run for {@code duration}; the
 * wave's devices start between {@code waveStart} and {@code waveStart + waveRamp}; everything
 * stops at {@code duration}.
 */
public final class SimOptions {

    /** More threads than this is beyond what blocking sockets should be asked to do. */
    public static final int MAX_CLIENTS = 2000;

    private final Builder b;

    private SimOptions(Builder builder) {
        this.b = builder.copy();
    }

    public static Builder builder(Target target) {
        return new Builder(target);
    }

    /** A builder holding these options, to derive a variant. */
    public Builder toBuilder() {
        return b.copy();
    }

    public Target target() {
        return b.target;
    }

    public boolean allowRemote() {
        return b.allowRemote;
    }

    /** LMTP port for deliveries during the run; 0 delivers nothing. */
    public int lmtpPort() {
        return b.lmtpPort;
    }

    public Accounts accounts() {
        return b.accounts;
    }

    public int users() {
        return b.users;
    }

    public int devices() {
        return b.devices;
    }

    /** Share of devices announcing {@code indexer} rather than {@code back-fill}. */
    public double indexerShare() {
        return b.indexerShare;
    }

    public Duration duration() {
        return b.duration;
    }

    public Duration waveStart() {
        return b.waveStart;
    }

    public Duration waveRamp() {
        return b.waveRamp;
    }

    /** The compressed "day" a shed device waits before retrying (TN3189). */
    public Duration retryDelay() {
        return b.retryDelay;
    }

    public int batchSize() {
        return b.batchSize;
    }

    /** A user's mean pause between actions. */
    public Duration think() {
        return b.think;
    }

    public double deliveriesPerSecond() {
        return b.deliveriesPerSecond;
    }

    public double flagShare() {
        return b.flagShare;
    }

    public double moveShare() {
        return b.moveShare;
    }

    /** Bounds connecting and every read (but IDLE's wait). */
    public Duration timeout() {
        return b.timeout;
    }

    public long seed() {
        return b.seed;
    }

    /** The run's name in reports and file names. */
    public String label() {
        return b.label;
    }

    /** Builds {@link SimOptions}; setters check their argument at once. */
    public static final class Builder {
        private Target target;
        private boolean allowRemote;
        private int lmtpPort;
        private Accounts accounts = Accounts.of(10);
        private int users = 10;
        private int devices = 100;
        private double indexerShare = 0.3;
        private Duration duration = Duration.ofSeconds(60);
        private Duration waveStart = Duration.ofSeconds(10);
        private Duration waveRamp = Duration.ofSeconds(5);
        private Duration retryDelay = Duration.ofSeconds(15);
        private int batchSize = 50;
        private Duration think = Duration.ofSeconds(2);
        private double deliveriesPerSecond = 1;
        private double flagShare = 0.3;
        private double moveShare = 0.1;
        private Duration timeout = Duration.ofSeconds(30);
        private long seed = 3189;
        private String label = "run";

        private Builder(Target target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        private Builder copy() {
            Builder c = new Builder(target);
            c.allowRemote = allowRemote;
            c.lmtpPort = lmtpPort;
            c.accounts = accounts;
            c.users = users;
            c.devices = devices;
            c.indexerShare = indexerShare;
            c.duration = duration;
            c.waveStart = waveStart;
            c.waveRamp = waveRamp;
            c.retryDelay = retryDelay;
            c.batchSize = batchSize;
            c.think = think;
            c.deliveriesPerSecond = deliveriesPerSecond;
            c.flagShare = flagShare;
            c.moveShare = moveShare;
            c.timeout = timeout;
            c.seed = seed;
            c.label = label;
            return c;
        }

        public Builder allowRemote(boolean value) {
            allowRemote = value;
            return this;
        }

        public Builder lmtpPort(int value) {
            lmtpPort = check(value, 0, 65535, "lmtpPort");
            return this;
        }

        public Builder accounts(Accounts value) {
            accounts = Objects.requireNonNull(value, "accounts");
            return this;
        }

        public Builder users(int value) {
            users = check(value, 0, MAX_CLIENTS, "users");
            return this;
        }

        public Builder devices(int value) {
            devices = check(value, 0, MAX_CLIENTS, "devices");
            return this;
        }

        public Builder indexerShare(double value) {
            indexerShare = share(value, "indexerShare");
            return this;
        }

        public Builder duration(Duration value) {
            duration = positive(value, "duration");
            return this;
        }

        public Builder waveStart(Duration value) {
            waveStart = notNegative(value, "waveStart");
            return this;
        }

        public Builder waveRamp(Duration value) {
            waveRamp = notNegative(value, "waveRamp");
            return this;
        }

        public Builder retryDelay(Duration value) {
            retryDelay = positive(value, "retryDelay");
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = check(value, 1, 10_000, "batchSize");
            return this;
        }

        public Builder think(Duration value) {
            think = positive(value, "think");
            return this;
        }

        public Builder deliveriesPerSecond(double value) {
            if (!(value > 0 && value <= 1000)) {
                throw new IllegalArgumentException("deliveriesPerSecond must be above 0, at "
                        + "most 1000: " + value);
            }
            deliveriesPerSecond = value;
            return this;
        }

        public Builder flagShare(double value) {
            flagShare = share(value, "flagShare");
            return this;
        }

        public Builder moveShare(double value) {
            moveShare = share(value, "moveShare");
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = positive(value, "timeout");
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder label(String value) {
            if (!value.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new IllegalArgumentException("label must be 1 to 40 letters, digits, "
                        + "'-' or '_': " + value);
            }
            label = value;
            return this;
        }

        /** The options; refuses more than {@link #MAX_CLIENTS} clients in all. */
        public SimOptions build() {
            if (users + devices > MAX_CLIENTS) {
                throw new IllegalArgumentException("users + devices must be at most "
                        + MAX_CLIENTS + ": " + (users + devices));
            }
            if (users + devices == 0) {
                throw new IllegalArgumentException("a run needs users or devices");
            }
            return new SimOptions(this);
        }

        private static int check(int value, int min, int max, String name) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be " + min + " to " + max
                        + ": " + value);
            }
            return value;
        }

        private static double share(double value, String name) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be 0.0 to 1.0: " + value);
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        private static Duration notNegative(Duration value, String name) {
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + value);
            }
            return value;
        }
    }
}

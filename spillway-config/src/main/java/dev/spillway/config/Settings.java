package dev.spillway.config;

import static dev.spillway.config.SettingTypes.BOOL;
import static dev.spillway.config.SettingTypes.DURATION;
import static dev.spillway.config.SettingTypes.HOST_PORT_LIST;
import static dev.spillway.config.SettingTypes.OPTIONAL_PATH;
import static dev.spillway.config.SettingTypes.PATH;
import static dev.spillway.config.SettingTypes.PORT;
import static dev.spillway.config.SettingTypes.STRING;
import static dev.spillway.config.SettingTypes.choice;
import static dev.spillway.config.SettingTypes.decimalRange;
import static dev.spillway.config.SettingTypes.intRange;
import static dev.spillway.config.SettingTypes.oneOf;
import static dev.spillway.config.SettingTypes.sizeRange;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every setting. To add one, declare a constant here with {@link #define}
 * (or {@link #secret} for credentials); everything else follows from it.
 */
public final class Settings {

    private static final int MAX = Integer.MAX_VALUE;
    private static final long MAX_INT_SIZE = Integer.MAX_VALUE;
    private static final long MAX_QUOTA_BYTES = 1L << 50;
    // Registration happens as the constants below initialise, so this must come first.
    private static final List<Setting<?>> ALL = new ArrayList<>();

    public static final Setting<String> BIND = define("bind", STRING, "127.0.0.1", "",
            "address the IMAP and LMTP listeners bind to; 0.0.0.0 or :: for all interfaces");
    public static final Setting<Integer> IMAP_PORT = define("imap.port", PORT, "1143", "port",
            "IMAP listener, STARTTLS offered; 0 = off");
    public static final Setting<Integer> IMAPS_PORT = define("imaps.port", PORT, "1993", "port",
            "IMAP over implicit TLS (RFC 8314); 0 = off");
    public static final Setting<Integer> LMTP_PORT = define("lmtp.port", PORT, "1024", "port",
            "LMTP listener for local delivery (RFC 2033); 0 = off");
    public static final Setting<Path> DATA_DIR = define("data.dir", PATH, "./data", "",
            "directory for the mail store, generated keys and state");
    public static final Setting<Optional<Path>> TLS_CERT = define("tls.cert", OPTIONAL_PATH, "",
            "", "PEM certificate chain; empty = self-signed certificate generated in data.dir");
    public static final Setting<Optional<Path>> TLS_KEY = define("tls.key", OPTIONAL_PATH, "",
            "", "PEM private key of tls.cert; empty = generated with the certificate");
    public static final Setting<PlaintextAuth> AUTH_ALLOW_PLAINTEXT = define(
            "auth.allow-plaintext", oneOf(PlaintextAuth.class), "loopback", "",
            "where LOGIN and AUTHENTICATE PLAIN work without TLS");

    public static final Setting<Long> LIMITS_LINE_LENGTH = define("limits.line-length",
            sizeRange(1024, MAX_INT_SIZE), "64KiB", "bytes",
            "longest command line, not counting literals");
    public static final Setting<Long> LIMITS_LITERAL_PRE_AUTH = define("limits.literal-pre-auth",
            sizeRange(0, MAX_INT_SIZE), "8KiB", "bytes", "largest literal before authentication");
    public static final Setting<Long> LIMITS_LITERAL = define("limits.literal",
            sizeRange(1024, MAX_INT_SIZE), "50MiB", "bytes",
            "largest literal after authentication; also the APPEND size limit (RFC 7889)");
    public static final Setting<Boolean> LIMITS_LITERAL_PLUS = define("limits.literal-plus",
            BOOL, "true", "",
            "offer LITERAL+; false offers LITERAL-: non-synchronizing literals of at most 4096"
                    + " octets (RFC 7888)");
    public static final Setting<Integer> LIMITS_NESTING = define("limits.nesting",
            intRange(1, 1000), "16", "levels", "deepest parenthesis nesting in one command");
    public static final Setting<Integer> LIMITS_ARGUMENTS = define("limits.arguments",
            intRange(1, MAX), "10000", "arguments", "most arguments in one command");
    public static final Setting<Integer> LIMITS_BAD_COMMANDS = define("limits.bad-commands",
            intRange(1, MAX), "10", "commands", "BAD answers in a row before disconnecting");
    public static final Setting<Integer> LIMITS_MESSAGE_LIMIT = define("limits.message-limit",
            intRange(1, MAX), "1000", "messages",
            "most messages one FETCH, STORE, MOVE, COPY or SEARCH works on (RFC 9738)");
    public static final Setting<Integer> LIMITS_CONNECTIONS = define("limits.connections",
            intRange(1, MAX), "10000", "connections", "most client connections open at once");
    public static final Setting<Integer> LIMITS_CONNECTIONS_PER_IP = define(
            "limits.connections-per-ip", intRange(1, MAX), "100", "connections",
            "most client connections open at once from one IP address");
    public static final Setting<Duration> TIMEOUTS_PRE_AUTH = define("timeouts.pre-auth",
            DURATION, "60s", "",
            "time from accept to authenticate in; a fixed deadline that commands do not extend");
    public static final Setting<Duration> TIMEOUTS_IDLE = define("timeouts.idle", DURATION,
            "30m", "", "inactivity allowed after login (RFC 9051 §5.4: at least 30 minutes)");

    /**
     * Defaults for every account; {@code spillway user quota} sets an account's own limits,
     * which the account's database keeps. Enforced by the store on every append and copy.
     */
    public static final Setting<Long> QUOTA_STORAGE = define("quota.storage",
            sizeRange(0, MAX_QUOTA_BYTES), "0", "bytes",
            "most octets an account's messages may take together (RFC 9208 STORAGE); 0 = no limit");
    public static final Setting<Integer> QUOTA_MESSAGES = define("quota.messages",
            intRange(0, MAX), "0", "messages",
            "most messages an account may keep in all its mailboxes (RFC 9208 MESSAGE);"
                    + " 0 = no limit");

    public static final Setting<Integer> AUTH_HASH_MEMORY_KIB = define("auth.hash.memory-kib",
            intRange(8, 4 * 1024 * 1024), "19456", "KiB", "argon2id memory per password hash");
    public static final Setting<Integer> AUTH_HASH_ITERATIONS = define("auth.hash.iterations",
            intRange(1, 100), "2", "passes", "argon2id iterations per password hash");
    public static final Setting<Integer> AUTH_HASH_PARALLELISM = define("auth.hash.parallelism",
            intRange(1, 64), "1", "lanes", "argon2id parallelism per password hash");
    public static final Setting<Duration> AUTH_CACHE_TTL = define("auth.cache-ttl", DURATION,
            "5m", "", "how long a successful password check is remembered; 0 = never");
    public static final Setting<Duration> AUTH_FAIL_DELAY = define("auth.fail-delay", DURATION,
            "2s", "", "delay before answering a failed login");

    public static final Setting<String> SHED_MODE = define("shed.mode",
            choice("off", "observe", "auto", "always"), "auto", "",
            "TN3189 shedding of iOS Mail background IDs: off, observe (count only), auto, always");
    public static final Setting<Integer> SHED_BACKGROUND_CAP = define("shed.background-cap",
            intRange(0, MAX), "200", "sessions", "most background sessions admitted at once");
    public static final Setting<Integer> SHED_INDEXING_CAP = define("shed.indexing-cap",
            intRange(0, MAX), "100", "sessions", "most indexing sessions admitted at once");
    public static final Setting<Integer> SHED_BACK_FILL_CAP = define("shed.back-fill-cap",
            intRange(0, MAX), "200", "sessions", "most back-fill sessions admitted at once");
    public static final Setting<Double> SHED_RATE = define("shed.rate",
            decimalRange(0, 1_000_000), "20", "per second",
            "new background sessions admitted per second; 0 = no rate limit");
    public static final Setting<Integer> SHED_BURST = define("shed.burst", intRange(1, MAX),
            "40", "sessions", "new background sessions admitted at once after a quiet spell");
    public static final Setting<Double> SHED_INDEXING_YIELD_FRACTION = define(
            "shed.indexing-yield-fraction", decimalRange(0, 1), "0.5", "of background-cap",
            "indexing-only work is shed once this share of background-cap is in use");

    public static final Setting<Duration> SHED_ADAPTIVE_LATENCY_TARGET = define(
            "shed.adaptive.latency-target", DURATION, "250ms", "",
            "auto: shed background work while foreground command p99 is above this; 0 = off");
    public static final Setting<Duration> SHED_ADAPTIVE_QUEUE_DELAY_TARGET = define(
            "shed.adaptive.queue-delay-target", DURATION, "50ms", "",
            "auto: shed background work while the median wait before running is above; 0 = off");
    public static final Setting<Duration> SHED_ADAPTIVE_EVENT_LOOP_DELAY_TARGET = define(
            "shed.adaptive.event-loop-delay-target", DURATION, "50ms", "",
            "auto: shed background work while the p99 wait of a task on the event loops is"
                    + " above this; 0 = off");
    public static final Setting<Double> SHED_ADAPTIVE_CPU_TARGET = define(
            "shed.adaptive.cpu-target", decimalRange(0, 1), "0.85", "of all cores",
            "auto: shed background work while process CPU load is above this; 0 = off");
    public static final Setting<Duration> SHED_ADAPTIVE_BACKEND_LATENCY_TARGET = define(
            "shed.adaptive.backend-latency-target", DURATION, "500ms", "",
            "proxy auto: shed background work while backend command p99 is above; 0 = off");
    public static final Setting<Double> SHED_ADAPTIVE_BACKEND_ERROR_RATE = define(
            "shed.adaptive.backend-error-rate", decimalRange(0, 1), "0.2", "of attempts",
            "proxy auto: shed background work while this share of backend attempts fail; 0 = off");
    public static final Setting<Double> SHED_ADAPTIVE_EXIT_FRACTION = define(
            "shed.adaptive.exit-fraction", decimalRange(0.1, 1), "0.8", "of the target",
            "a raised overload signal clears only once its value is below this share of target");
    public static final Setting<Duration> SHED_ADAPTIVE_HOLD = define("shed.adaptive.hold",
            DURATION, "5s", "", "least time an overload signal stays raised once raised");
    public static final Setting<Duration> SHED_ADAPTIVE_INTERVAL = define(
            "shed.adaptive.interval", DURATION, "1s", "",
            "how often signals are sampled and the adaptive background limit is adjusted");
    public static final Setting<Integer> SHED_ADAPTIVE_WINDOW = define("shed.adaptive.window",
            intRange(1, 600), "5", "intervals", "how many intervals latency percentiles span");
    public static final Setting<Double> SHED_ADAPTIVE_DECREASE = define(
            "shed.adaptive.decrease", decimalRange(0.05, 0.95), "0.5", "factor",
            "the adaptive background limit is multiplied by this on overload");
    public static final Setting<Integer> SHED_ADAPTIVE_MIN_BACKGROUND = define(
            "shed.adaptive.min-background", intRange(0, MAX), "4", "sessions",
            "floor of the adaptive limit: background sessions admitted however loaded");

    public static final Setting<Boolean> SERVER_ID_HIDE_VERSION = define(
            "server.id.hide-version", BOOL, "false", "", "leave the version out of ID answers");

    public static final Setting<List<HostPort>> PROXY_BACKEND = define("proxy.backend",
            HOST_PORT_LIST, "", "", "backend IMAP servers of the proxy, comma-separated");
    public static final Setting<BackendSecurity> PROXY_BACKEND_SECURITY = define(
            "proxy.backend-security", oneOf(BackendSecurity.class), "tls", "",
            "how the proxy secures its backend connections");
    public static final Setting<Optional<Path>> PROXY_BACKEND_CA = define("proxy.backend-ca",
            OPTIONAL_PATH, "", "", "PEM CA certificates for backends; empty = JDK trust store");
    public static final Setting<String> PROXY_BACKEND_TLS_NAME = define(
            "proxy.backend-tls-name", STRING, "", "",
            "name sent as SNI to every backend and checked against its certificate;"
                    + " empty = the host named in proxy.backend");
    public static final Setting<Boolean> PROXY_BACKEND_INSECURE = define(
            "proxy.backend-insecure", BOOL, "false", "",
            "skip backend certificate checks; for tests only");
    public static final Setting<Boolean> PROXY_ORIGINATING_IP = define("proxy.originating-ip",
            BOOL, "false", "", "tell the backend the client's address in an ID field");
    public static final Setting<Boolean> PROXY_PROXY_PROTOCOL = define("proxy.proxy-protocol",
            BOOL, "false", "", "send a PROXY protocol v2 header to the backend");
    public static final Setting<Duration> PROXY_CAPABILITY_REFRESH = define(
            "proxy.capability-refresh", DURATION, "5m", "",
            "how often the proxy asks a backend for its capabilities again; 0 = at start only");

    /**
     * Separate from {@code bind} so that serving IMAP on every interface does not also expose
     * the dashboard, the metrics and the status API.
     */
    public static final Setting<String> ADMIN_BIND = define("admin.bind", STRING, "127.0.0.1",
            "", "address the admin HTTP listener binds to; loopback unless set, whatever bind is");
    public static final Setting<Integer> ADMIN_PORT = define("admin.port", PORT, "8143", "port",
            "HTTP admin and metrics listener; 0 = off");
    public static final Setting<String> ADMIN_TOKEN = secret("admin.token",
            "bearer token for changes through the admin API; empty = read-only");

    public static final Setting<LogFormat> LOG_FORMAT = define("log.format",
            oneOf(LogFormat.class), "text", "", "log line format");
    public static final Setting<Boolean> LOG_TRACE = define("log.trace", BOOL, "false", "",
            "log whole protocol exchanges, credentials and bodies included; debugging only");

    private static final Map<String, Setting<?>> BY_PATH = index();

    private Settings() {
    }

    /** Every setting, in declaration order. */
    public static List<Setting<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The setting with this dotted path, if declared. */
    public static Optional<Setting<?>> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    private static <T> Setting<T> define(String path, SettingType<T> type, String defaultValue,
            String unit, String meaning) {
        Setting<T> setting = new Setting<>(path, type, defaultValue, unit, meaning, false);
        ALL.add(setting);
        return setting;
    }

    private static Setting<String> secret(String path, String meaning) {
        Setting<String> setting = new Setting<>(path, STRING, "", "", meaning, true);
        ALL.add(setting);
        return setting;
    }

    private static Map<String, Setting<?>> index() {
        Map<String, Setting<?>> byPath = new LinkedHashMap<>();
        Map<String, Setting<?>> byEnv = new LinkedHashMap<>();
        for (Setting<?> setting : ALL) {
            if (byPath.put(setting.path(), setting) != null
                    || byEnv.put(setting.envName(), setting) != null) {
                throw new IllegalStateException("setting declared twice: " + setting.path());
            }
        }
        return Collections.unmodifiableMap(byPath);
    }
}

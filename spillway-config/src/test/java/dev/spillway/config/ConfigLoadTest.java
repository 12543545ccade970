package dev.spillway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoadTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("spillway.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        Config config = Config.defaults();

        assertThat(config.get(Settings.BIND)).isEqualTo("127.0.0.1");
        assertThat(config.get(Settings.IMAP_PORT)).isEqualTo(1143);
        assertThat(config.get(Settings.IMAPS_PORT)).isEqualTo(1993);
        assertThat(config.get(Settings.LMTP_PORT)).isEqualTo(1024);
        assertThat(config.get(Settings.DATA_DIR)).isEqualTo(Path.of("./data"));
        assertThat(config.get(Settings.TLS_CERT)).isEmpty();
        assertThat(config.get(Settings.AUTH_ALLOW_PLAINTEXT)).isEqualTo(PlaintextAuth.LOOPBACK);
        assertThat(config.get(Settings.LIMITS_LINE_LENGTH)).isEqualTo(64 * 1024);
        assertThat(config.get(Settings.LIMITS_LITERAL_PRE_AUTH)).isEqualTo(8 * 1024);
        assertThat(config.get(Settings.LIMITS_LITERAL)).isEqualTo(50L * 1024 * 1024);
        assertThat(config.get(Settings.TIMEOUTS_IDLE)).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.get(Settings.SHED_MODE)).isEqualTo("auto");
        assertThat(config.get(Settings.SHED_RATE)).isEqualTo(20.0);
        assertThat(config.get(Settings.PROXY_BACKEND)).isEmpty();
        assertThat(config.get(Settings.PROXY_BACKEND_SECURITY)).isEqualTo(BackendSecurity.TLS);
        assertThat(config.get(Settings.ADMIN_TOKEN)).isEmpty();
        assertThat(config.get(Settings.LOG_FORMAT)).isEqualTo(LogFormat.TEXT);
        assertThat(config.source(Settings.IMAP_PORT)).isEqualTo(Source.DEFAULT);
    }

    @Test
    void fileOverridesDefaultEnvOverridesFileFlagOverridesEnv() throws IOException {
        Path file = yaml("""
                imap.port: 2000
                imaps:
                  port: 2001
                lmtp.port: 2002
                """);
        Map<String, String> env = Map.of(
                "SPILLWAY_IMAPS_PORT", "3001", "SPILLWAY_LMTP_PORT", "3002", "PATH", "/bin");
        Map<String, String> flags = Map.of("lmtp.port", "4002");

        Config config = Config.load(file, env, flags);

        assertThat(config.get(Settings.IMAP_PORT)).isEqualTo(2000);
        assertThat(config.source(Settings.IMAP_PORT)).isEqualTo(Source.FILE);
        assertThat(config.get(Settings.IMAPS_PORT)).isEqualTo(3001);
        assertThat(config.source(Settings.IMAPS_PORT)).isEqualTo(Source.ENV);
        assertThat(config.value(Settings.IMAPS_PORT).origin()).isEqualTo("SPILLWAY_IMAPS_PORT");
        assertThat(config.get(Settings.LMTP_PORT)).isEqualTo(4002);
        assertThat(config.source(Settings.LMTP_PORT)).isEqualTo(Source.FLAG);
        assertThat(config.get(Settings.ADMIN_PORT)).isEqualTo(8143);
        assertThat(config.source(Settings.ADMIN_PORT)).isEqualTo(Source.DEFAULT);
    }

    @Test
    void yamlAcceptsNestedDottedAndMixedKeys() throws IOException {
        Path file = yaml("""
                shed:
                  mode: observe
                  back-fill-cap: 7
                auth.hash:
                  iterations: 3
                server:
                  id.hide-version: true
                proxy:
                  backend: [ "a.example:993", "[::1]:1993" ]
                tls.cert:
                """);

        Config config = Config.load(file, Map.of(), Map.of());

        assertThat(config.get(Settings.SHED_MODE)).isEqualTo("observe");
        assertThat(config.get(Settings.SHED_BACK_FILL_CAP)).isEqualTo(7);
        assertThat(config.get(Settings.AUTH_HASH_ITERATIONS)).isEqualTo(3);
        assertThat(config.get(Settings.SERVER_ID_HIDE_VERSION)).isTrue();
        assertThat(config.get(Settings.PROXY_BACKEND)).containsExactly(
                new HostPort("a.example", 993), new HostPort("::1", 1993));
        assertThat(config.get(Settings.TLS_CERT)).isEqualTo(Optional.empty());
    }

    @Test
    void emptyFileKeepsDefaults() throws IOException {
        Config config = Config.load(yaml("# nothing yet\n"), Map.of(), Map.of());

        assertThat(config.get(Settings.IMAP_PORT)).isEqualTo(1143);
    }

    @Test
    void unknownYamlKeysAreRejectedNestedOrDotted() throws IOException {
        Path file = yaml("""
                imap:
                  prot: 1
                shed.moed: auto
                imap.port:
                  extra: 1
                """);

        assertThatThrownBy(() -> Config.load(file, Map.of(), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "unknown setting imap.prot in " + file,
                                "unknown setting shed.moed in " + file,
                                "unknown setting imap.port.extra in " + file));
    }

    @Test
    void keyGivenTwiceInFileIsRejected() throws IOException {
        Path mixed = yaml("""
                imap:
                  port: 1
                imap.port: 2
                """);

        assertThatThrownBy(() -> Config.load(mixed, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("imap.port").hasMessageContaining("more than once");
    }

    @Test
    void sameYamlKeyTwiceIsRejected() throws IOException {
        Path twice = yaml("bind: a\nbind: b\n");

        assertThatThrownBy(() -> Config.load(twice, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bind");
    }

    @Test
    void fileThatIsNotAMapOrNotYamlOrMissingIsRejected() throws IOException {
        Path list = yaml("- imap.port\n");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "imap: [1, 2\n");

        assertThatThrownBy(() -> Config.load(list, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("map of settings");
        assertThatThrownBy(() -> Config.load(broken, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> Config.load(dir.resolve("none.yaml"), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
    }

    @Test
    void unknownSpillwayEnvironmentVariableIsRejectedOthersIgnored() {
        Map<String, String> env = Map.of("SPILLWAY_IMAP_PROT", "1", "HOME", "/root",
                "SPILLWAYX", "1");

        assertThatThrownBy(() -> Config.load(null, env, Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .containsExactly("unknown environment variable SPILLWAY_IMAP_PROT"));
    }

    @Test
    void unknownFlagIsRejected() {
        assertThatThrownBy(() -> Config.load(null, Map.of(), Map.of("imap.prot", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting imap.prot on the command line");
    }

    @Test
    void invalidValuesNameKeySourceAndProblemAllAtOnce() throws IOException {
        Path file = yaml("imap.port: 70000\n");
        Map<String, String> env = Map.of("SPILLWAY_TIMEOUTS_IDLE", "30");
        Map<String, String> flags = Map.of("shed.mode", "sometimes", "limits.literal", "50MB");

        assertThatThrownBy(() -> Config.load(file, env, flags))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "invalid value for imap.port (file " + file + "): 70000 is out"
                                        + " of range 0 to 65535; expected int",
                                "invalid value for timeouts.idle (env SPILLWAY_TIMEOUTS_IDLE):"
                                        + " '30' needs a unit: ms, s, m, h or d (e.g. 30s);"
                                        + " expected duration",
                                "invalid value for shed.mode (flag shed.mode): 'sometimes' is"
                                        + " not one of off|observe|auto|always;"
                                        + " expected off|observe|auto|always",
                                "invalid value for limits.literal (flag limits.literal): '50MB'"
                                        + " has unknown unit 'MB'; use B, KiB, MiB, GiB or TiB"
                                        + " (powers of 1024); expected size"));
    }

    @Test
    void valuesAreTrimmedAndEnumsCaseInsensitive() {
        Config config = Config.load(null, Map.of("SPILLWAY_AUTH_ALLOW_PLAINTEXT", " Never "),
                Map.of("proxy.backend-security", "STARTTLS", "log.trace", "TRUE"));

        assertThat(config.get(Settings.AUTH_ALLOW_PLAINTEXT)).isEqualTo(PlaintextAuth.NEVER);
        assertThat(config.get(Settings.PROXY_BACKEND_SECURITY))
                .isEqualTo(BackendSecurity.STARTTLS);
        assertThat(config.get(Settings.LOG_TRACE)).isTrue();
    }

    @Test
    void everySettingCanBeSetThroughItsEnvironmentVariable() {
        for (Setting<?> setting : Settings.all()) {
            Config config = Config.load(null,
                    Map.of(setting.envName(), setting.defaultValue()), Map.of());

            assertThat(config.source(setting)).as(setting.path()).isEqualTo(Source.ENV);
        }
    }

    @Test
    void listsAreReadFromCommaSeparatedText() {
        Config config = Config.load(null, Map.of(),
                Map.of("proxy.backend", "a:1, b:2 ,,[2001:db8::1]:993"));

        assertThat(config.get(Settings.PROXY_BACKEND)).isEqualTo(List.of(new HostPort("a", 1),
                new HostPort("b", 2), new HostPort("2001:db8::1", 993)));
    }
}

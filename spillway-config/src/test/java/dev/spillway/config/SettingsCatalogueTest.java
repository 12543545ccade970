package dev.spillway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsCatalogueTest {

    @ParameterizedTest
    @CsvSource({
        "admin.token,               SPILLWAY_ADMIN_TOKEN",
        "shed.back-fill-cap,        SPILLWAY_SHED_BACK_FILL_CAP",
        "imap.port,                 SPILLWAY_IMAP_PORT",
        "bind,                      SPILLWAY_BIND",
        "server.id.hide-version,    SPILLWAY_SERVER_ID_HIDE_VERSION",
        "limits.connections-per-ip, SPILLWAY_LIMITS_CONNECTIONS_PER_IP",
    })
    void envNameIsPrefixedUpperCaseWithUnderscores(String path, String env) {
        assertThat(Setting.envName(path)).isEqualTo(env);
        assertThat(Settings.byPath(path)).map(Setting::envName).contains(env);
    }

    @Test
    void everySettingHasUniquePathAndEnvNameAndMeaning() {
        Set<String> paths = new HashSet<>();
        Set<String> envNames = new HashSet<>();
        for (Setting<?> setting : Settings.all()) {
            assertThat(paths.add(setting.path())).as(setting.path()).isTrue();
            assertThat(envNames.add(setting.envName())).as(setting.envName()).isTrue();
            assertThat(setting.meaning()).as(setting.path()).isNotBlank().doesNotContain("\n");
        }
        assertThat(paths).hasSize(Settings.all().size()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyDefaultParses() {
        for (Setting<?> setting : Settings.all()) {
            assertThat(setting.type().parse(setting.defaultValue())).as(setting.path())
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "admin.token,        true",
        "db.password,        true",
        "backend.secret-key, true",
        "imap.port,          false",
    })
    void credentialsAreSecretByName(String path, boolean secret) {
        Setting<String> setting = new Setting<>(path, SettingTypes.STRING, "", "", "m", false);

        assertThat(setting.secret() || Settings.byPath(path).map(Setting::secret).orElse(false))
                .isEqualTo(secret);
    }

    @ParameterizedTest
    @CsvSource({"Imap.port", "imap..port", "imap_port", ".imap", "imap.", "im ap"})
    void badPathsAreRefused(String path) {
        assertThatThrownBy(() -> new Setting<>(path, SettingTypes.STRING, "", "", "m", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsListingShowsEverySettingWithMeaningAndMasksSecrets() {
        String listing = ConfigListing.defaults();

        assertThat(listing)
                .contains("imap.port = 1143\n    int, port; env SPILLWAY_IMAP_PORT\n")
                .contains("limits.literal = 50MiB")
                .contains("admin.token = (empty)\n    string, secret; env SPILLWAY_ADMIN_TOKEN");
        for (Setting<?> setting : Settings.all()) {
            assertThat(listing).contains(setting.path() + " = ").contains(setting.meaning());
        }
    }

    @Test
    void effectiveListingShowsSourcesAndMasksSecrets() {
        Config config = Config.load(null,
                Map.of("SPILLWAY_ADMIN_TOKEN", "hunter2-very-secret"),
                Map.of("imap.port", "1144"));

        String listing = ConfigListing.effective(config);

        assertThat(listing)
                .contains("imap.port = 1144  (flag)\n")
                .contains("imaps.port = 1993  (default)\n")
                .contains("admin.token = " + ConfigListing.MASK
                        + "  (env SPILLWAY_ADMIN_TOKEN)\n")
                .doesNotContain("hunter2");
    }
}

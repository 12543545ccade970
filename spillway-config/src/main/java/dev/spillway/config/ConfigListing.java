package dev.spillway.config;

import java.util.Locale;

/**
 * Text listings of the settings for {@code spillway config defaults} and
 * {@code spillway config show}. Secret values are masked in both.
 */
public final class ConfigListing {

    /** What a secret shows instead of its value. */
    public static final String MASK = "********";

    private ConfigListing() {
    }

    /**
     * Every setting with its default, type, unit, environment variable and meaning, e.g.
     * <pre>
     * imap.port = 1143
     *     int, port; env SPILLWAY_IMAP_PORT
     *     IMAP listener, STARTTLS offered; 0 = off
     * </pre>
     */
    public static String defaults() {
        StringBuilder out = new StringBuilder();
        for (Setting<?> setting : Settings.all()) {
            out.append(setting.path()).append(" = ")
                    .append(shown(setting, setting.defaultValue())).append('\n');
            out.append("    ").append(setting.type().name());
            if (!setting.unit().isEmpty()) {
                out.append(", ").append(setting.unit());
            }
            if (setting.secret()) {
                out.append(", secret");
            }
            out.append("; env ").append(setting.envName()).append('\n');
            out.append("    ").append(setting.meaning()).append('\n');
        }
        return out.toString();
    }

    /** One line per setting: path, effective value and where it came from. */
    public static String effective(Config config) {
        StringBuilder out = new StringBuilder();
        for (Setting<?> setting : Settings.all()) {
            Config.Value value = config.value(setting);
            out.append(setting.path()).append(" = ").append(shown(setting, value.raw()))
                    .append("  (").append(value.source().name().toLowerCase(Locale.ROOT));
            if (!value.origin().isEmpty() && value.source() != Source.FLAG) {
                out.append(' ').append(value.origin());
            }
            out.append(")\n");
        }
        return out.toString();
    }

    private static String shown(Setting<?> setting, String raw) {
        if (raw.isEmpty()) {
            return "(empty)";
        }
        return setting.secret() ? MASK : raw;
    }
}

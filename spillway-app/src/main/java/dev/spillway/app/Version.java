package dev.spillway.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version baked into the jar at build time. */
public final class Version implements CommandLine.IVersionProvider {
    private static final String VALUE = load();

    public static String value() {
        return VALUE;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"spillway " + VALUE, "Java " + Runtime.version()};
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}

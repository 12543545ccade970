package dev.spillway.admin.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The dashboard's files, read once from the jar. Only the paths listed here are served, so a
 * request can never reach another resource of the class path.
 */
final class StaticFiles {

    /** A file to serve: its bytes and content type. */
    record File(byte[] body, String contentType) {
    }

    private static final String DASHBOARD = "/dev/spillway/admin/dashboard/";
    private static final String UPLOT_POM =
            "/META-INF/maven/org.webjars.npm/uplot/pom.properties";

    private final Map<String, File> files;

    private StaticFiles(Map<String, File> files) {
        this.files = files;
    }

    /** Loads the dashboard and the uPlot files of the WebJar on the class path. */
    static StaticFiles load() {
        String uplot = "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";
        return new StaticFiles(Map.of(
                "/", new File(read(DASHBOARD + "index.html"), "text/html; charset=utf-8"),
                "/dashboard.js", new File(read(DASHBOARD + "dashboard.js"),
                        "text/javascript; charset=utf-8"),
                "/dashboard.css", new File(read(DASHBOARD + "dashboard.css"),
                        "text/css; charset=utf-8"),
                "/uplot.js", new File(read(uplot + "uPlot.iife.min.js"),
                        "text/javascript; charset=utf-8"),
                "/uplot.css", new File(read(uplot + "uPlot.min.css"), "text/css; charset=utf-8")));
    }

    /** The file at {@code path}, or {@code null}. */
    File get(String path) {
        return files.get(path);
    }

    /** The WebJar's version, so that upgrading it needs no code change. */
    private static String uplotVersion() {
        Properties properties = new Properties();
        try (InputStream in = open(UPLOT_POM)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = StaticFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing from the jar: " + resource);
        }
        return in;
    }
}

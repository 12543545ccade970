package dev.spillway.admin.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.spillway.config.LogFormat;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Sets up Logback in code, replacing whatever a configuration file on the class path said:
 * operators choose the format with {@code log.format} and verbosity with {@code log.trace},
 * not with an XML file.
 *
 * <p>Text lines look like
 * {@code 2026-01-05T10:15:30.123Z INFO  [spillway-admin-1] d.s.a.h.SheddingEndpoint - ...};
 * JSON lines are Logback's {@link JsonEncoder} objects, one per line. Lines go to standard
 * error, so that command output on standard output stays clean.
 */
public final class LogSetup {

    /** The logger of all Spillway code, raised to TRACE by {@code log.trace}. */
    public static final String SPILLWAY_LOGGER = "dev.spillway";

    static final String TEXT_PATTERN =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{24} - %msg%n%ex";

    private static final String APPENDER = "spillway";

    private LogSetup() {
    }

    /**
     * Logs {@code format} lines to standard error: INFO and above from everything, and TRACE
     * from {@code dev.spillway} when {@code trace} is on.
     */
    public static void configure(LogFormat format, boolean trace) {
        configure(format, trace, new NonClosing(System.err));
    }

    /** As {@link #configure(LogFormat, boolean)}, writing to {@code out}; for tests. */
    public static void configure(LogFormat format, boolean trace, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Encoder<ILoggingEvent> encoder = encoder(format, context);
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setName(APPENDER);
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.setImmediateFlush(true);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        context.getLogger(SPILLWAY_LOGGER).setLevel(trace ? Level.TRACE : Level.INFO);
    }

    private static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
        if (format == LogFormat.JSON) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            // Context name and properties are the same on every line; leave them out.
            json.setWithContext(false);
            json.setWithSequenceNumber(false);
            // The template ("message") groups lines; the formatted text is what people read.
            json.setWithFormattedMessage(true);
            json.start();
            return json;
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(TEXT_PATTERN);
        text.start();
        return text;
    }

    /** Standard error must stay open when the context is reset or stopped. */
    private static final class NonClosing extends PrintStream {
        NonClosing(PrintStream target) {
            super(target, true);
        }

        @Override
        public void close() {
            flush();
        }
    }
}

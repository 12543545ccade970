package dev.spillway.server.fetch;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The date-time of INTERNALDATE, e.g. {@code "17-Jul-1996 02:44:25 -0700"} (RFC 3501 §9,
 * date-time): the day is padded with a space to two characters, months are English, and the
 * offset is the one stored with the message.
 */
public final class InternalDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("ppd-MMM-yyyy HH:mm:ss xx", Locale.ENGLISH);

    private InternalDates() {
    }

    public static String format(OffsetDateTime date) {
        return FORMAT.format(date);
    }
}

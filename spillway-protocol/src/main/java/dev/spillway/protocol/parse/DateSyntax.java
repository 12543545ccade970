package dev.spillway.protocol.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The date and date-time grammar of RFC 9051 §9, read through an {@link ImapReader}. */
final class DateSyntax {

    private static final String[] MONTHS = {
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
    };

    private DateSyntax() {
    }

    /** {@code date = date-text / DQUOTE date-text DQUOTE}, date-day being 1 or 2 digits. */
    static LocalDate date(ImapReader r) {
        boolean quoted = r.takeIf('"');
        int day = (int) r.takeDigitsUpTo(2, "day");
        r.expect('-');
        int month = month(r);
        r.expect('-');
        int year = (int) r.takeFixedDigits(4, "year");
        if (quoted) {
            r.expect('"');
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw r.error("Invalid date");
        }
    }

    /**
     * {@code DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE}, where
     * date-day-fixed is a space and a digit, or two digits.
     */
    static OffsetDateTime dateTime(ImapReader r) {
        r.expect('"');
        int day = r.takeIf(' ')
                ? (int) r.takeFixedDigits(1, "day")
                : (int) r.takeFixedDigits(2, "day");
        r.expect('-');
        int month = month(r);
        r.expect('-');
        int year = (int) r.takeFixedDigits(4, "year");
        r.expect(' ');
        int hour = (int) r.takeFixedDigits(2, "hour");
        r.expect(':');
        int minute = (int) r.takeFixedDigits(2, "minute");
        r.expect(':');
        int second = (int) r.takeFixedDigits(2, "second");
        r.expect(' ');
        int sign = r.takeIf('+') ? 1 : r.takeIf('-') ? -1 : 0;
        if (sign == 0) {
            throw r.error("Expected time zone at offset " + r.position());
        }
        int zone = (int) r.takeFixedDigits(4, "zone");
        r.expect('"');
        try {
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * (zone / 100),
                    sign * (zone % 100));
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second),
                    offset);
        } catch (DateTimeException e) {
            throw r.error("Invalid date-time");
        }
    }

    /** A three-letter English month name, any case. */
    private static int month(ImapReader r) {
        int start = r.position();
        for (int i = 0; i < MONTHS.length; i++) {
            if (takeExactly(r, MONTHS[i])) {
                return i + 1;
            }
        }
        throw r.error("Expected a month at offset " + start);
    }

    /** Consumes {@code word} (case-insensitive) even when an atom character follows. */
    private static boolean takeExactly(ImapReader r, String word) {
        int start = r.position();
        for (int i = 0; i < word.length(); i++) {
            int b = r.peek();
            if (b < 0 || Character.toUpperCase(b) != word.charAt(i)) {
                r.rewind(start);
                return false;
            }
            r.takeIf((char) b);
        }
        return true;
    }
}

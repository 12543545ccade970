package dev.spillway.server.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendar date of a Date header (RFC 5322 §3.3, with the obsolete forms of §4.3), for
 * SENTBEFORE, SENTON and SENTSINCE. RFC 3501 §6.4.4 compares dates "disregarding time and
 * timezones", so only day, month and year are read, as written in the header's own offset.
 */
final class SentDate {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
        "aug", "sep", "oct", "nov", "dec"};

    private SentDate() {
    }

    /** The date, or empty when the header is absent or unreadable. */
    static Optional<LocalDate> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] tokens = withoutComments(header).replace(',', ' ').trim().split("\\s+");
        int i = 0;
        if (tokens.length > 0 && !tokens[0].isEmpty() && Character.isLetter(tokens[0].charAt(0))) {
            i = 1; // day of week, optional (RFC 5322 §3.3)
        }
        if (tokens.length < i + 3) {
            return Optional.empty();
        }
        try {
            int day = Integer.parseInt(tokens[i]);
            int month = month(tokens[i + 1]);
            int year = year(tokens[i + 2]);
            return month == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            if (lower.startsWith(MONTHS[m])) {
                return m + 1;
            }
        }
        return 0;
    }

    /** RFC 5322 §4.3: two-digit years below 50 are 20xx, other short years count from 1900. */
    private static int year(String token) {
        int year = Integer.parseInt(token);
        if (token.length() == 2 && year < 50) {
            return 2000 + year;
        }
        if (token.length() <= 3) {
            return 1900 + year;
        }
        return year;
    }

    private static String withoutComments(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

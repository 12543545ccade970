package dev.spillway.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentDateTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mon, 7 Feb 1994 21:52:25 -0800 (PST)|1994-02-07",
        "7 Feb 1994 21:52:25 -0800|1994-02-07",
        "Thu, 03 Dec 2026 07:00:00 +0000|2026-12-03",
        "Thu, 03 Dec 2026 23:59:59 -1200|2026-12-03",
        "Fri, 21 Nov 97 09:55:06 GMT|1997-11-21",
        "Fri, 21 Nov 03 09:55:06 GMT|2003-11-21",
        "(comment) Sat,  1 JAN  2000 00:00 EST|2000-01-01",
        "Tue,1 Jan 2030 10:00:00 +0100|2030-01-01",
        "Wed, 02 December 2026 10:30:00 +0000|2026-12-02",
    })
    void readsTheCalendarDateAsWritten(String header, LocalDate expected) {
        assertThat(SentDate.parse(header)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "yesterday", "Mon, 31 Feb 2026 10:00:00 +0000",
        "Mon, 7 Foo 1994", "Mon, 7 Feb", "2026-12-03T07:00:00Z"})
    void refusesWhatIsNotADate(String header) {
        assertThat(SentDate.parse(header)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void absentHeaderHasNoDate() {
        assertThat(SentDate.parse(null)).isEmpty();
    }
}

package dev.spillway.server.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.command.FetchAttribute;
import dev.spillway.protocol.command.Section;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1996-07-17T02:44:25-07:00|17-Jul-1996 02:44:25 -0700",
        "2026-12-01T09:00:05+01:00|' 1-Dec-2026 09:00:05 +0100'",
        "2026-02-09T00:00:00Z|' 9-Feb-2026 00:00:00 +0000'",
        "2026-05-30T23:59:59+05:30|30-May-2026 23:59:59 +0530",
    })
    void internalDatesKeepTheirOffset(String date, String expected) {
        assertThat(InternalDates.format(OffsetDateTime.parse(date))).isEqualTo(expected);
    }

    @Test
    void bodySectionNames() {
        assertThat(SectionNames.body(Section.WHOLE, null)).isEqualTo("BODY[]");
        assertThat(SectionNames.body(Section.WHOLE, new FetchAttribute.Partial(100, 5)))
                .isEqualTo("BODY[]<100>");
        assertThat(SectionNames.body(new Section(List.of(1, 2), Section.Text.MIME, List.of()),
                null)).isEqualTo("BODY[1.2.MIME]");
        assertThat(SectionNames.body(new Section(List.of(3), Section.Text.HEADER_FIELDS_NOT,
                List.of("Subject", "X Odd", "a\"b")), null))
                .isEqualTo("BODY[3.HEADER.FIELDS.NOT (Subject \"X Odd\" \"a\\\"b\")]");
        assertThat(SectionNames.body(new Section(List.of(), Section.Text.TEXT, List.of()),
                new FetchAttribute.Partial(0, 10))).isEqualTo("BODY[TEXT]<0>");
    }

    @Test
    void binarySectionNames() {
        assertThat(SectionNames.binary(List.of(), null)).isEqualTo("BINARY[]");
        assertThat(SectionNames.binary(List.of(2, 1), new FetchAttribute.Partial(7, 1)))
                .isEqualTo("BINARY[2.1]<7>");
        assertThat(SectionNames.binarySize(List.of(4))).isEqualTo("BINARY.SIZE[4]");
    }

    @ParameterizedTest(name = "<{0}.{1}> of 10 octets -> {2}")
    @CsvSource({"0, 4, 0123", "8, 5, 89", "10, 1, ''", "99, 1, ''", "0, 10, 0123456789"})
    void partialWindows(long origin, long count, String expected) {
        byte[] data = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(new String(Sections.window(data, new FetchAttribute.Partial(origin, count)),
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(expected);
    }
}

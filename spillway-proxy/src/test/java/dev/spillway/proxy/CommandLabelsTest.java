package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a FETCH 1:* (FLAGS)           | FETCH
            a fetch 1 BODY[]              | FETCH
            a UID FETCH 1:* (FLAGS)       | UID_FETCH
            a uid fetch 1:* (FLAGS)       | UID_FETCH
            a Uid Expunge 1:3             | UID_EXPUNGE
            a UID MOVE 1 Trash            | UID_MOVE
            a UID SORT (DATE) UTF-8 ALL   | UID_SORT
            a SORT (DATE) UTF-8 ALL       | SORT
            a GETQUOTAROOT INBOX          | GETQUOTAROOT
            a LOGIN {5}                   | LOGIN
            a AUTHENTICATE PLAIN          | AUTHENTICATE
            a IDLE                        | IDLE
            a ID NIL                      | ID
            a UID                         | UNKNOWN
            a UID FROB 1                  | UNKNOWN
            a UID UID FETCH               | UNKNOWN
            a XYZZY                       | UNKNOWN
            a SETMETADATA INBOX (/x NIL)  | UNKNOWN
            a UNKNOWN                     | UNKNOWN
            """)
    void labelsComeFromTheCommandTable(String line, String label) {
        ByteBuf segment = Unpooled.copiedBuffer(line + "\r\n", StandardCharsets.US_ASCII);
        try {
            assertThat(CommandLabels.of(CommandHead.of("a", segment))).isEqualTo(label);
        } finally {
            segment.release();
        }
    }
}

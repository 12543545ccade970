package dev.spillway.store.mime;

import static dev.spillway.store.mime.Samples.crlf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchHelpersTest {
    private static final byte[] HEADERED = crlf("""
            Received: from a
             by b; Mon, 1 Jan 2024 00:00:00 +0000
            From: a@example.org
            Subject: =?utf-8?q?caf=C3=A9?=
            To: b@example.org
            subject: second

            body
            """);

    @Test
    void headerFieldsKeepFoldingAndOrderAndEndWithABlankLine() {
        MessageStructure s = MimeAnalyzer.analyze(HEADERED);

        byte[] chosen = HeaderFields.select(HEADERED, s.body(), List.of("SUBJECT", "received"),
                false);

        assertThat(new String(chosen, StandardCharsets.UTF_8)).isEqualTo(
                "Received: from a\r\n by b; Mon, 1 Jan 2024 00:00:00 +0000\r\n"
                + "Subject: =?utf-8?q?caf=C3=A9?=\r\nsubject: second\r\n\r\n");
    }

    @Test
    void headerFieldsNotKeepsTheOthers() {
        MessageStructure s = MimeAnalyzer.analyze(HEADERED);

        byte[] rest = HeaderFields.select(HEADERED, s.body(),
                List.of("Received", "Subject"), true);

        assertThat(new String(rest, StandardCharsets.UTF_8))
                .isEqualTo("From: a@example.org\r\nTo: b@example.org\r\n\r\n");
        assertThat(HeaderFields.select(HEADERED, s.body(), List.of("X-None"), false))
                .containsExactly('\r', '\n');
    }

    @Test
    void headerValuesAreDecodedForSearch() {
        MessageStructure s = MimeAnalyzer.analyze(HEADERED);

        assertThat(TextExtractor.headerValues(HEADERED, s.body(), "Subject"))
                .containsExactly("café", "second");
        assertThat(TextExtractor.decodeHeader("=?iso-8859-1?q?Gr=FC=DFe?= and more"))
                .isEqualTo("Grüße and more");
        assertThat(TextExtractor.decodeHeader("=?bogus?x?zz?=")).isNotNull();
    }

    @Test
    void bodyTextUndoesTransferEncodingsAndCharsets() {
        byte[] raw = crlf(Samples.QP_BASE64);
        MessageStructure s = MimeAnalyzer.analyze(raw);

        String text = TextExtractor.bodyText(raw, s.body());

        assertThat(text).contains("Grüße aus Köln und mehr").contains("Hallo Wörld")
                .doesNotContain("begin 644");
    }

    @Test
    void bodyTextIncludesEncapsulatedMessages() {
        byte[] raw = crlf(Samples.NESTED);

        String text = TextExtractor.bodyText(raw, MimeAnalyzer.analyze(raw).body());

        assertThat(text).contains("see below", "Subject: inner", "inner text", "<b>inner</b>");
    }

    @Test
    void binaryDecodesKnownEncodingsAndRefusesUnknownOnes() {
        byte[] raw = crlf(Samples.QP_BASE64);
        MessageStructure s = MimeAnalyzer.analyze(raw);

        assertThat(TransferDecoding.decode(raw, s.part(2).orElseThrow())).hasValueSatisfying(
                b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("Hallo Wörld"));
        assertThat(TransferDecoding.decode(raw, s.part(1).orElseThrow())).hasValueSatisfying(
                b -> assertThat(new String(b, StandardCharsets.ISO_8859_1))
                        .isEqualTo("Grüße aus Köln und mehr"));
        assertThat(TransferDecoding.decode(raw, s.part(3).orElseThrow())).isEmpty();
    }
}

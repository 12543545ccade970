package dev.spillway.store.mime;

import static dev.spillway.store.mime.Samples.crlf;
import static dev.spillway.store.mime.Samples.slice;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MimeAnalyzerTest {

    /** Sample, then the shape of its body: type/subtype per part, depth-first. */
    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("plain", Samples.PLAIN, "TEXT/PLAIN"),
                Arguments.of("alternative", Samples.ALTERNATIVE,
                        "multipart/alternative[text/plain,text/html]"),
                Arguments.of("mixed", Samples.MIXED,
                        "multipart/mixed[text/plain,application/pdf]"),
                Arguments.of("nested", Samples.NESTED,
                        "multipart/mixed[text/plain,message/rfc822"
                        + "{multipart/alternative[text/plain,text/html]}]"),
                Arguments.of("malformed", Samples.MALFORMED, "TEXT/PLAIN"),
                Arguments.of("no boundary", Samples.NO_BOUNDARY, "TEXT/PLAIN"),
                Arguments.of("unterminated", Samples.UNTERMINATED,
                        "multipart/mixed[text/plain,text/plain]"),
                Arguments.of("qp and base64", Samples.QP_BASE64,
                        "multipart/mixed[text/plain,text/plain,application/octet-stream]"),
                Arguments.of("empty", "", "TEXT/PLAIN"),
                Arguments.of("header only", "Subject: x", "TEXT/PLAIN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void analysesEveryShape(String name, String message, String shape) throws IOException {
        byte[] raw = crlf(message);
        MessageStructure s = MimeAnalyzer.analyze(raw);

        assertThat(shape(s.body())).isEqualTo(shape);
        assertThat(s.body().headerStart()).isZero();
        assertThat(s.body().end()).isEqualTo(raw.length);
        assertThat(StructureCodec.decode(StructureCodec.encode(s))).isEqualTo(s);
    }

    @Test
    void plainMessageFollowsTheRfc3501Example() {
        byte[] raw = crlf(Samples.PLAIN);
        MessageStructure s = MimeAnalyzer.analyze(raw);

        Envelope e = s.envelope();
        assertThat(e.date()).isEqualTo("Mon, 7 Feb 1994 21:52:25 -0800 (PST)");
        assertThat(e.subject()).isEqualTo("afternoon meeting");
        assertThat(e.from()).containsExactly(
                new Address("Fred Foobar", null, "foobar", "Blurdybloop.example"));
        assertThat(e.sender()).isEqualTo(e.from());
        assertThat(e.replyTo()).isEqualTo(e.from());
        assertThat(e.to()).containsExactly(
                new Address(null, null, "mooch", "owatagu.siam.edu.example"));
        assertThat(e.cc()).isEmpty();
        assertThat(e.inReplyTo()).isNull();
        assertThat(e.messageId()).isEqualTo("<B27397-0100000@Blurdybloop.example>");
        BodyPart b = s.body();
        assertThat(b.params()).containsExactly(new Param("CHARSET", "US-ASCII"));
        assertThat(b.encoding()).isEqualTo("7BIT");
        assertThat(b.size()).isEqualTo(55);
        assertThat(b.lines()).isEqualTo(1);
        assertThat(slice(raw, b.bodyStart(), b.end()))
                .isEqualTo("Hello Joe, do you think we can meet at 3:30 tomorrow?\n");
    }

    @Test
    void multipartOffsetsExcludeTheLineBreakBeforeEachBoundary() {
        byte[] raw = crlf(Samples.ALTERNATIVE);
        BodyPart root = MimeAnalyzer.analyze(raw).body();
        BodyPart text = root.parts().get(0);
        BodyPart html = root.parts().get(1);

        assertThat(slice(raw, text.headerStart(), text.bodyStart()))
                .isEqualTo("Content-Type: text/plain; charset=utf-8\n\n");
        assertThat(slice(raw, text.bodyStart(), text.end())).isEqualTo("plain text");
        assertThat(text.size()).isEqualTo(10);
        assertThat(text.lines()).isEqualTo(1);
        assertThat(slice(raw, html.bodyStart(), html.end())).isEqualTo("<p>html =3D text</p>");
        assertThat(html.encoding()).isEqualTo("quoted-printable");
        assertThat(root.param("boundary")).isEqualTo("XX");
        assertThat(root.lines()).isEqualTo(-1);
    }

    @Test
    void attachmentCarriesExtensionData() {
        byte[] raw = crlf(Samples.MIXED);
        BodyPart pdf = MimeAnalyzer.analyze(raw).body().parts().get(1);

        assertThat(pdf.params()).containsExactly(new Param("name", "report.pdf"));
        assertThat(pdf.id()).isEqualTo("<part2@example.org>");
        assertThat(pdf.description()).isEqualTo("The report");
        assertThat(pdf.encoding()).isEqualTo("base64");
        assertThat(pdf.md5()).isEqualTo("Q2hlY2sgSW50ZWdyaXR5IQ==");
        assertThat(pdf.disposition()).isEqualTo(new Disposition("attachment",
                List.of(new Param("filename", "report.pdf"), new Param("size", "6"))));
        assertThat(pdf.language()).containsExactly("en", "de");
        assertThat(pdf.location()).isEqualTo("http://example.org/report.pdf");
        assertThat(pdf.lines()).isEqualTo(-1);
        assertThat(slice(raw, pdf.bodyStart(), pdf.end())).isEqualTo("JVBERi0x");
        assertThat(TransferDecoding.decode(raw, pdf)).hasValueSatisfying(
                bytes -> assertThat(new String(bytes)).isEqualTo("%PDF-1"));
    }

    @Test
    void encapsulatedMessageHasItsOwnEnvelopeBodyAndLines() {
        byte[] raw = crlf(Samples.NESTED);
        MessageStructure s = MimeAnalyzer.analyze(raw);
        BodyPart rfc822 = s.part(2).orElseThrow();

        assertThat(rfc822.isMessage()).isTrue();
        assertThat(rfc822.envelope().subject()).isEqualTo("inner");
        assertThat(rfc822.envelope().from()).containsExactly(
                new Address(null, null, "inner", "example.org"));
        assertThat(rfc822.lines()).isEqualTo(13);
        BodyPart inner = rfc822.message();
        assertThat(inner.headerStart()).isEqualTo(rfc822.bodyStart());
        assertThat(slice(raw, inner.headerStart(), inner.bodyStart())).isEqualTo(
                "From: inner@example.org\nSubject: inner\n"
                + "Content-Type: multipart/alternative; boundary=b2\n\n");
        assertThat(slice(raw, inner.end() - 8, inner.end())).isEqualTo("--b2--\n");
        BodyPart html = s.part(2, 2).orElseThrow();
        assertThat(slice(raw, html.bodyStart(), html.end())).isEqualTo("<b>inner</b>");
        assertThat(s.part(2, 1).orElseThrow().subtype()).isEqualTo("plain");
        assertThat(s.part(1, 1)).isEmpty();
        assertThat(s.part(3)).isEmpty();
        assertThat(s.part(2, 3)).isEmpty();
    }

    @Test
    void singlePartMessageHasPartOneOnly() {
        MessageStructure s = MimeAnalyzer.analyze(crlf(Samples.PLAIN));

        assertThat(s.part(1)).contains(s.body());
        assertThat(s.part(2)).isEmpty();
        assertThat(s.part(1, 1)).isEmpty();
        assertThat(s.part()).contains(s.body());
    }

    @Test
    void envelopeKeepsRawValuesAndGroupSyntax() {
        Envelope e = MimeAnalyzer.analyze(crlf(Samples.GROUPS)).envelope();

        assertThat(e.subject()).isEqualTo("=?iso-8859-1?q?Gr=FC=DFe?= and folded");
        assertThat(e.from()).containsExactly(
                new Address("=?utf-8?q?J=C3=B6rg?=", null, "joerg", "example.org"));
        assertThat(e.to()).containsExactly(
                Address.groupStart("Team"),
                new Address(null, null, "ann", "example.org"),
                new Address("Bob, B.", null, "bob", "example.org"),
                Address.groupEnd(),
                new Address(null, null, "carol", "example.org"));
        assertThat(e.cc()).containsExactly(
                Address.groupStart("undisclosed-recipients"), Address.groupEnd());
        assertThat(e.bcc()).containsExactly(
                new Address(null, "@relay.example,@hop.example", "dave", "example.org"),
                new Address("Erin E", null, "erin", "example.org"));
        assertThat(e.replyTo()).containsExactly(
                new Address(null, null, "list", "example.org"));
        assertThat(e.sender()).containsExactly(
                new Address(null, null, "nobody", Address.MISSING_HOST));
    }

    @Test
    void malformedHeadersFallBackToDefaults() {
        byte[] raw = crlf(Samples.MALFORMED);
        MessageStructure s = MimeAnalyzer.analyze(raw);

        assertThat(s.envelope().subject()).isEqualTo("broken");
        assertThat(s.envelope().from()).isEmpty();
        assertThat(s.body().encoding()).isEqualTo("7BIT");
        assertThat(s.body().params()).containsExactly(new Param("CHARSET", "US-ASCII"));
        assertThat(slice(raw, s.body().bodyStart(), s.body().end())).isEqualTo("body\n");
    }

    @Test
    void eightBitHeadersAndBodiesSurvive() {
        byte[] raw = Samples.eightBit();
        MessageStructure s = MimeAnalyzer.analyze(raw);

        assertThat(s.envelope().subject()).isEqualTo("Grüße");
        assertThat(s.envelope().from()).containsExactly(
                new Address("Jörg", null, "jörg", "exämple.org"));
        assertThat(s.body().size())
                .isEqualTo("Größe ist relativ\r\n".getBytes(StandardCharsets.UTF_8).length);
        assertThat(TextExtractor.bodyText(raw, s.body())).contains("Größe ist relativ");
    }

    @Test
    void digestChildrenDefaultToMessageRfc822() {
        byte[] raw = crlf("""
                Content-Type: multipart/digest; boundary=d

                --d

                From: x@example.org
                Subject: one

                first
                --d--
                """);
        BodyPart child = MimeAnalyzer.analyze(raw).body().parts().get(0);

        assertThat(child.type() + "/" + child.subtype()).isEqualTo("MESSAGE/RFC822");
        assertThat(child.envelope().subject()).isEqualTo("one");
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < MimeAnalyzer.MAX_DEPTH + 5; i++) {
            sb.append("Content-Type: message/rfc822\n\n");
        }
        sb.append("body\n");
        BodyPart part = MimeAnalyzer.analyze(crlf(sb.toString())).body();
        int depth = 0;
        while (part.isMessage()) {
            part = part.message();
            depth++;
        }
        assertThat(depth).isEqualTo(MimeAnalyzer.MAX_DEPTH);
        assertThat(part.type()).isEqualTo("APPLICATION");
    }

    private static String shape(BodyPart p) {
        String s = p.type() + "/" + p.subtype();
        if (p.isMultipart()) {
            return s + p.parts().stream().map(MimeAnalyzerTest::shape)
                    .collect(Collectors.joining(",", "[", "]"));
        }
        if (p.isMessage()) {
            return s + "{" + shape(p.message()) + "}";
        }
        return s;
    }
}

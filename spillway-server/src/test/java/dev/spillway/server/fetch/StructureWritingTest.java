package dev.spillway.server.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.response.ByteArraySink;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.store.mime.MessageStructure;
import dev.spillway.store.mime.MimeAnalyzer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BODYSTRUCTURE and ENVELOPE values that need literals (8-bit text, RFC 6532 headers): the
 * value handed to an {@link ImapWriter} must be exactly the value as built.
 */
class StructureWritingTest {
    private static final String EIGHT_BIT = """
            From: =?UTF-8?Q?J=C3=B6rg?= <joerg@example.org>
            To: Zoë <zoe@example.org>, "Ann" <ann@example.org>
            Subject: Grüße
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain; charset=utf-8

            hi
            --b
            Content-Type: application/pdf; name="Résumé.pdf"
            Content-Disposition: attachment; filename="Résumé.pdf"
            Content-Language: fr

            %PDF
            --b--
            """;

    private static final String ASCII = """
            From: a@example.org
            Content-Type: multipart/alternative; boundary=x

            --x
            Content-Type: text/plain

            a
            --x
            Content-Type: text/html

            <b>a</b>
            --x--
            """;

    @Test
    void eightBitValuesBecomeLiteralsAndBodiesStayAdjacent() {
        MessageStructure s = analyze(EIGHT_BIT);
        String value = text(BodyStructureWriter.toBytes(s.body(), true));
        assertThat(value).isEqualTo("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL"
                + " \"7BIT\" 2 1 NIL NIL NIL NIL)(\"APPLICATION\" \"PDF\" (\"NAME\" {12}\r\n"
                + "Résumé.pdf) NIL NIL \"7BIT\" 4 NIL (\"ATTACHMENT\" (\"FILENAME\" {12}\r\n"
                + "Résumé.pdf)) \"fr\" NIL) \"MIXED\" (\"BOUNDARY\" \"b\") NIL NIL NIL)");
    }

    /** The first body ends in a literal (its Content-Location) and the second follows it. */
    private static final String LOCATION = """
            Content-Type: multipart/related; boundary=r

            --r
            Content-Type: text/html
            Content-Location: Grüße.html

            <p>
            --r
            Content-Type: text/plain

            p
            --r--
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ascii", "eight-bit", "location"})
    void writerOutputEqualsTheBuiltValue(String which) {
        MessageStructure s = analyze(switch (which) {
            case "ascii" -> ASCII;
            case "eight-bit" -> EIGHT_BIT;
            default -> LOCATION;
        });
        for (boolean extensible : new boolean[] {false, true}) {
            ByteArraySink sink = new ByteArraySink();
            ImapWriter out = new ImapWriter(sink);
            out.openList().atom("BODYSTRUCTURE");
            BodyStructureWriter.write(out, s.body(), extensible);
            out.closeList();
            assertThat(text(sink.toByteArray())).isEqualTo(
                    "(BODYSTRUCTURE " + text(BodyStructureWriter.toBytes(s.body(), extensible))
                    + ")");
        }
    }

    @Test
    void aBodyEndingInALiteralIsGluedToTheNext() {
        ByteArraySink sink = new ByteArraySink();
        ImapWriter out = new ImapWriter(sink);
        BodyStructureWriter.write(out, analyze(LOCATION).body(), true);
        assertThat(text(sink.toByteArray())).contains("{12}\r\nGrüße.html)(\"TEXT\"");
    }

    @Test
    void envelopeWithALiteralFirstInAnAddress() {
        MessageStructure s = analyze(EIGHT_BIT);
        ByteArraySink sink = new ByteArraySink();
        ImapWriter out = new ImapWriter(sink);
        out.atom("ENVELOPE");
        EnvelopeWriter.write(out, s.envelope());
        assertThat(text(sink.toByteArray())).isEqualTo("ENVELOPE (NIL {7}\r\nGrüße"
                + " ((\"=?UTF-8?Q?J=C3=B6rg?=\" NIL \"joerg\" \"example.org\"))"
                + " ((\"=?UTF-8?Q?J=C3=B6rg?=\" NIL \"joerg\" \"example.org\"))"
                + " ((\"=?UTF-8?Q?J=C3=B6rg?=\" NIL \"joerg\" \"example.org\"))"
                + " (({4}\r\nZoë NIL \"zoe\" \"example.org\")(\"Ann\" NIL \"ann\" \"example.org\"))"
                + " NIL NIL NIL NIL)");
    }

    private static MessageStructure analyze(String message) {
        return MimeAnalyzer.analyze(message.replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

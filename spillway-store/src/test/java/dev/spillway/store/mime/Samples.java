package dev.spillway.store.mime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Sample messages for the MIME tests, written with LF and sent with CRLF. */
final class Samples {
    static final String PLAIN = """
            Date: Mon, 7 Feb 1994 21:52:25 -0800 (PST)
            From: Fred Foobar <foobar@Blurdybloop.example>
            Subject: afternoon meeting
            To: mooch@owatagu.siam.edu.example
            Message-Id: <B27397-0100000@Blurdybloop.example>
            MIME-Version: 1.0
            Content-Type: TEXT/PLAIN; CHARSET=US-ASCII

            Hello Joe, do you think we can meet at 3:30 tomorrow?
            """;

    static final String ALTERNATIVE = """
            From: a@example.org
            Subject: alt
            Content-Type: multipart/alternative; boundary="XX"

            preamble
            --XX
            Content-Type: text/plain; charset=utf-8

            plain text
            --XX
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            <p>html =3D text</p>
            --XX--
            epilogue
            """;

    static final String MIXED = """
            From: a@example.org
            Content-Type: multipart/mixed; boundary=outer

            --outer
            Content-Type: text/plain

            see attachment
            --outer
            Content-Type: application/pdf; name="report.pdf"
            Content-Disposition: attachment; filename="report.pdf"; size=6
            Content-Transfer-Encoding: base64
            Content-ID: <part2@example.org>
            Content-Description: The report
            Content-Language: en, de
            Content-Location: http://example.org/
             report.pdf
            Content-MD5: Q2hlY2sgSW50ZWdyaXR5IQ==

            JVBERi0x
            --outer--
            """;

    static final String NESTED = """
            From: outer@example.org
            Subject: fwd
            Content-Type: multipart/mixed; boundary=b1

            --b1
            Content-Type: text/plain

            see below
            --b1
            Content-Type: message/rfc822

            From: inner@example.org
            Subject: inner
            Content-Type: multipart/alternative; boundary=b2

            --b2
            Content-Type: text/plain

            inner text
            --b2
            Content-Type: text/html

            <b>inner</b>
            --b2--

            --b1--
            """;

    static final String GROUPS = """
            From: =?utf-8?q?J=C3=B6rg?= <joerg@example.org>
            To: Team: ann@example.org, "Bob, B." <bob@example.org>;, carol@example.org
            Cc: undisclosed-recipients:;
            Bcc: <@relay.example,@hop.example:dave@example.org>, erin@example.org (Erin E)
            Subject: =?iso-8859-1?q?Gr=FC=DFe?= and
             folded
            Reply-To: list@example.org
            Sender: nobody

            body
            """;

    static final String MALFORMED = """
            From this is not a header
            Subject: broken
            Content-Type: /;;;
            Content-Transfer-Encoding: (comment only)

            body
            """;

    static final String NO_BOUNDARY = """
            Content-Type: multipart/mixed

            no boundary here
            """;

    static final String UNTERMINATED = """
            Content-Type: multipart/mixed; boundary=z

            --z
            Content-Type: text/plain

            first
            --z
            Content-Type: text/plain

            second, never closed
            """;

    static final String QP_BASE64 = """
            Content-Type: multipart/mixed; boundary=q

            --q
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Gr=FC=DFe aus K=F6ln=
             und mehr
            --q
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            SGFsbG8gV8O2cmxk
            --q
            Content-Type: application/octet-stream
            Content-Transfer-Encoding: x-uuencode

            begin 644 x
            --q--
            """;

    private Samples() {
    }

    static byte[] crlf(String lf) {
        return lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A message with 8-bit UTF-8 in header and body, as RFC 6532 allows. */
    static byte[] eightBit() {
        return crlf("""
                From: Jörg <jörg@exämple.org>
                Subject: Grüße
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: 8bit

                Größe ist relativ
                """);
    }

    static String slice(byte[] raw, int from, int to) {
        return new String(Arrays.copyOfRange(raw, from, to), StandardCharsets.UTF_8)
                .replace("\r\n", "\n");
    }
}

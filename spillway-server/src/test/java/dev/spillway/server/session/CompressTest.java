package dev.spillway.server.session;

import static dev.spillway.server.testing.LineClient.readLine;
import static dev.spillway.server.testing.LineClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import dev.spillway.server.testing.TranscriptRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COMPRESS=DEFLATE (RFC 4978) with a client that compresses with java.util.zip. */
class CompressTest {
    @TempDir
    Path data;

    @Test
    void deflateBothWaysThenCompressAgainIsRefused() throws Exception {
        try (TestServer server = TestServer.start(data).user("demo", "secret");
                Socket socket = new Socket("127.0.0.1", server.imapPort())) {
            readLine(socket.getInputStream());
            loginAndCompress(socket);

            InputStream in = inflating(socket.getInputStream());
            OutputStream out = deflating(socket.getOutputStream());
            send(out, "c NOOP");
            assertThat(readLine(in)).isEqualTo("c OK Completed");
            send(out, "d COMPRESS DEFLATE");
            assertThat(readLine(in)).isEqualTo(
                    "d NO [COMPRESSIONACTIVE] DEFLATE is active already");
            send(out, "e CAPABILITY");
            assertThat(readLine(in)).contains("COMPRESS=DEFLATE");
            assertThat(readLine(in)).isEqualTo("e OK Completed");
        }
    }

    @Test
    void deflateInsideStartTls() throws Exception {
        try (TestServer server = TestServer.start(data).user("demo", "secret");
                Socket plain = new Socket("127.0.0.1", server.imapPort())) {
            readLine(plain.getInputStream());
            send(plain.getOutputStream(), "s STARTTLS");
            assertThat(readLine(plain.getInputStream())).isEqualTo(
                    "s OK Begin TLS negotiation now");
            Socket tls = TranscriptRunner.tlsSocket(plain, "localhost");
            loginAndCompress(tls);

            // Compression runs inside TLS (RFC 4978): each side now deflates, then encrypts.
            InputStream in = inflating(tls.getInputStream());
            OutputStream out = deflating(tls.getOutputStream());
            send(out, "d CAPABILITY");
            assertThat(readLine(in)).contains(" COMPRESS=DEFLATE ").doesNotContain("STARTTLS");
            assertThat(readLine(in)).isEqualTo("d OK Completed");
            send(out, "e SELECT INBOX");
            assertThat(readLine(in)).startsWith("* FLAGS ");
            String line = readLine(in);
            while (line != null && line.startsWith("* ")) {
                line = readLine(in);
            }
            assertThat(line).isEqualTo("e OK [READ-WRITE] SELECT completed");
            send(out, "f LOGOUT");
            assertThat(readLine(in)).isEqualTo("* BYE Spillway logging out");
            assertThat(readLine(in)).isEqualTo("f OK LOGOUT completed");
        }
    }

    @Test
    void unknownMechanismIsBadAndCompressNeedsLogin() throws Exception {
        try (TestServer server = TestServer.start(data).user("demo", "secret");
                Socket socket = new Socket("127.0.0.1", server.imapPort())) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            readLine(in);
            send(out, "a COMPRESS DEFLATE");
            assertThat(readLine(in)).isEqualTo(
                    "a BAD COMPRESS is not allowed before authentication");
            send(out, "b LOGIN demo secret");
            assertThat(readLine(in)).startsWith("b OK");
            send(out, "c COMPRESS LZMA");
            assertThat(readLine(in)).isEqualTo("c BAD Unknown compression mechanism LZMA");
        }
    }

    /** Logs in as demo ({@code a}) and starts compression ({@code b}), still uncompressed. */
    private static void loginAndCompress(Socket socket) throws IOException {
        send(socket.getOutputStream(), "a LOGIN demo secret");
        assertThat(readLine(socket.getInputStream())).startsWith("a OK");
        send(socket.getOutputStream(), "b COMPRESS DEFLATE");
        assertThat(readLine(socket.getInputStream())).isEqualTo("b OK DEFLATE active");
    }

    /** Raw DEFLATE (RFC 1951, no zlib header) in each direction, as RFC 4978 asks. */
    private static InputStream inflating(InputStream in) {
        return new InflaterInputStream(in, new Inflater(true), 1);
    }

    private static OutputStream deflating(OutputStream out) {
        return new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED, true), true);
    }
}

package dev.spillway.server.session;

import static dev.spillway.server.testing.LineClient.readLine;
import static dev.spillway.server.testing.LineClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
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
            InputStream plainIn = socket.getInputStream();
            OutputStream plainOut = socket.getOutputStream();
            readLine(plainIn);
            send(plainOut, "a LOGIN demo secret");
            assertThat(readLine(plainIn)).startsWith("a OK");
            send(plainOut, "b COMPRESS DEFLATE");
            assertThat(readLine(plainIn)).isEqualTo("b OK DEFLATE active");

            InputStream in = new InflaterInputStream(plainIn, new Inflater(true), 1);
            OutputStream out = new DeflaterOutputStream(plainOut,
                    new Deflater(Deflater.BEST_SPEED, true), true);
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
}

package dev.spillway.sim.wire;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A blocking LMTP client (RFC 2033) for delivering new mail to the target during a run. One
 * message to one recipient per transaction; the connection is reused. Not thread-safe.
 */
public final class LmtpClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private LmtpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Connects, reads the greeting and says LHLO (RFC 2033 §4.1). */
    public static LmtpClient connect(String host, int port, Duration timeout)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            LmtpClient client = new LmtpClient(socket);
            client.expect(220, client.reply());
            client.send("LHLO spillway-sim.localhost");
            client.expect(250, client.reply());
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Delivers {@code message} (CRLF line endings) to {@code recipient}; returns the
     * recipient's final reply code after DATA (2xx delivered, 4xx/5xx not).
     */
    public int deliver(String sender, String recipient, byte[] message) throws IOException {
        send("MAIL FROM:<" + sender + ">");
        expect(250, reply());
        send("RCPT TO:<" + recipient + ">");
        int rcpt = reply();
        if (rcpt / 100 != 2) {
            send("RSET");
            reply();
            return rcpt;
        }
        send("DATA");
        expect(354, reply());
        out.write(dotStuffed(message));
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply();
    }

    /** Lines starting with a dot get another (RFC 5321 §4.5.2); ends with CRLF. */
    static byte[] dotStuffed(byte[] message) {
        ByteArrayOutputStream stuffed = new ByteArrayOutputStream(message.length + 64);
        boolean lineStart = true;
        for (byte b : message) {
            if (lineStart && b == '.') {
                stuffed.write('.');
            }
            stuffed.write(b);
            lineStart = b == '\n';
        }
        if (!lineStart) {
            stuffed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return stuffed.toByteArray();
    }

    @Override
    public void close() {
        try {
            send("QUIT");
        } catch (IOException ignored) {
            // The server may have gone; closing the socket is what matters.
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Best effort.
        }
    }

    private void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one reply, multi-line included (RFC 5321 §4.2.1); returns its code. */
    private int reply() throws IOException {
        while (true) {
            String line = line();
            if (line.length() < 3) {
                throw new IOException("malformed LMTP reply: " + line);
            }
            int code;
            try {
                code = Integer.parseInt(line.substring(0, 3));
            } catch (NumberFormatException e) {
                throw new IOException("malformed LMTP reply: " + line, e);
            }
            if (line.length() == 3 || line.charAt(3) != '-') {
                return code;
            }
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("LMTP server closed the connection");
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            }
            if (line.size() > 4096) {
                throw new IOException("LMTP reply line too long");
            }
            line.write(b);
        }
    }

    private static void expect(int wanted, int code) throws IOException {
        if (code != wanted) {
            throw new IOException("LMTP server answered " + code + ", expected " + wanted);
        }
    }
}

package dev.spillway.sim.wire;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A blocking IMAP client for one connection: just enough of RFC 9051 for the simulator
 * (tagged commands, literals both ways, IDLE per RFC 2177, STARTTLS). Commands are sent one
 * at a time; untagged responses are collected into the next tagged result. Not thread-safe,
 * except {@link #close()}, which may come from another thread to end a blocked read.
 */
public final class ImapClient implements AutoCloseable {

    private final int readTimeoutMillis;
    private volatile Socket socket;
    private OutputStream out;
    private ResponseReader reader;
    private int nextTag = 1;

    ImapClient(Socket socket, Duration readTimeout) throws IOException {
        this.readTimeoutMillis = (int) Math.max(1, readTimeout.toMillis());
        attach(socket);
    }

    private void attach(Socket newSocket) throws IOException {
        socket = newSocket;
        socket.setSoTimeout(readTimeoutMillis);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        reader = new ResponseReader(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
    }

    /** Reads the server greeting; {@code * BYE} (e.g. too many connections) is an error. */
    public ResponseLine greeting() throws IOException {
        ResponseLine line = reader.read();
        if (line.untagged() && line.text().regionMatches(true, 0, "BYE", 0, 3)) {
            throw new IOException("server refused the connection: " + line.text());
        }
        return line;
    }

    /** Sends {@code command} (without tag or CRLF) and reads up to its tagged status. */
    public TaggedResult command(String command) throws IOException {
        String tag = tag();
        write(tag + " " + command + "\r\n");
        return awaitTagged(tag, System.nanoTime());
    }

    /**
     * APPENDs {@code message} to {@code mailbox} (a quoted string or atom, as written), with a
     * non-synchronising literal when the server offers LITERAL+ (RFC 7888 §3), else waiting
     * for the continuation request (RFC 9051 §7.5).
     */
    public TaggedResult append(String mailbox, String flags, byte[] message, boolean literalPlus)
            throws IOException {
        String tag = tag();
        String head = tag + " APPEND " + mailbox + (flags.isEmpty() ? "" : " (" + flags + ")")
                + " {" + message.length + (literalPlus ? "+" : "") + "}\r\n";
        write(head);
        if (!literalPlus) {
            ResponseLine answer = reader.read();
            if (!answer.continuation()) {
                return TaggedResult.of(answer.text(), List.of(), 0, 0);
            }
        }
        out.write(message);
        write("\r\n");
        return awaitTagged(tag, System.nanoTime());
    }

    /**
     * IDLE (RFC 2177): waits up to {@code maxWait} for an untagged response {@code wakeOn}
     * accepts, then sends DONE. The result's latency is the time from DONE to the tagged OK;
     * its untagged list holds everything received while idling.
     */
    public TaggedResult idle(Duration maxWait, Predicate<ResponseLine> wakeOn)
            throws IOException {
        String tag = tag();
        write(tag + " IDLE\r\n");
        List<ResponseLine> seen = new ArrayList<>();
        while (true) {
            ResponseLine line = reader.read();
            if (line.continuation()) {
                break;
            }
            if (tag.equals(line.tag())) {
                return TaggedResult.of(line.text(), seen, 0, 0);
            }
            seen.add(line);
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) Math.min(left, readTimeoutMillis));
                try {
                    ResponseLine line = reader.read();
                    seen.add(line);
                    if (wakeOn.test(line)) {
                        break;
                    }
                } catch (SocketTimeoutException timeout) {
                    // Nothing arrived in time; the reader kept any partial response.
                }
            }
        } finally {
            socket.setSoTimeout(readTimeoutMillis);
        }
        write("DONE\r\n");
        TaggedResult done = awaitTagged(tag, System.nanoTime());
        List<ResponseLine> all = new ArrayList<>(seen);
        all.addAll(done.untagged());
        return new TaggedResult(done.status(), done.code(), done.text(), all,
                done.literalBytes(), done.latencyNanos());
    }

    /** Wraps a connected socket in TLS and completes the handshake. */
    @FunctionalInterface
    public interface TlsUpgrade {
        Socket secure(Socket plain) throws IOException;
    }

    /** STARTTLS (RFC 9051 §6.2.1): on OK, the rest of the connection runs over TLS. */
    public TaggedResult startTls(TlsUpgrade upgrade) throws IOException {
        TaggedResult result = command("STARTTLS");
        if (result.ok()) {
            attach(upgrade.secure(socket));
        }
        return result;
    }

    /** Closes the socket; safe from any thread and more than once. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the connection is gone either way.
        }
    }

    private TaggedResult awaitTagged(String tag, long sentAt) throws IOException {
        List<ResponseLine> untagged = new ArrayList<>();
        long literalBytes = 0;
        while (true) {
            ResponseLine line = reader.read();
            literalBytes += line.literalBytes();
            if (tag.equals(line.tag())) {
                return TaggedResult.of(line.text(), untagged, literalBytes,
                        System.nanoTime() - sentAt);
            }
            if (!line.continuation()) {
                untagged.add(line);
            }
        }
    }

    private String tag() {
        return "s" + nextTag++;
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

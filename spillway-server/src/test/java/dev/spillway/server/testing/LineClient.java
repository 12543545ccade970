package dev.spillway.server.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw IMAP client that sends exactly the lines a test writes and reads answers a line at a
 * time, for tests about timing and connections rather than about one command. Reads give up
 * after ten seconds, so a server that never answers fails the test instead of hanging it.
 */
public final class LineClient implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 10_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private LineClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(TIMEOUT_MILLIS);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects to {@code port} on 127.0.0.1. */
    public static LineClient connect(int port) throws IOException {
        return connectFrom("127.0.0.1", port);
    }

    /**
     * Connects to {@code port} on 127.0.0.1 from the loopback address {@code local}, so that
     * one test can be several client addresses (all of 127.0.0.0/8 is loopback on Linux).
     */
    public static LineClient connectFrom(String local, int port) throws IOException {
        return new LineClient(new Socket(InetAddress.getByName("127.0.0.1"), port,
                InetAddress.getByName(local), 0));
    }

    /** The next line without CRLF, or null when the server has closed the connection. */
    public String readLine() throws IOException {
        return readLine(in);
    }

    /** Sends {@code line} and CRLF. */
    public void send(String line) throws IOException {
        send(out, line);
    }

    /**
     * Sends {@code tag command} and returns the lines up to the tagged one, or up to the end
     * of the connection when the server closes it first.
     */
    public List<String> command(String tag, String command) throws IOException {
        send(tag + " " + command);
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line == null) {
                return lines;
            }
            lines.add(line);
            if (line.startsWith(tag + " ")) {
                return lines;
            }
        }
    }

    /** The next line from {@code in} without CRLF, or null at the end of the stream. */
    public static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Writes {@code line} and CRLF to {@code out} and flushes. */
    public static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

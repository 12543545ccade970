package dev.spillway.server.fuzz;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends generated commands and collects the answer of each, reading response literals by
 * their size so that message text is never mistaken for a response line. Answers the
 * continuations a command asks for: literal data when a literal was announced, {@code DONE}
 * for IDLE, {@code *} (cancel) for AUTHENTICATE. A read waits ten seconds at most.
 */
final class FuzzClient implements AutoCloseable {

    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)\\}$");
    private static final byte[] CRLF = {'\r', '\n'};

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /** The answer: every line received up to the tagged one, and whether the server closed. */
    record Answer(List<String> lines, String tagged, boolean closed) {
        boolean saidBye() {
            return lines.stream().anyMatch(line -> line.startsWith("* BYE"));
        }

        boolean ok() {
            return tagged != null && tagged.split(" ")[1].equals("OK");
        }
    }

    FuzzClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** The greeting line, or null if the server closed at once. */
    String greeting() throws IOException {
        return readLine();
    }

    /**
     * Sends {@code command} and reads until its tagged answer (for a line without a tag, the
     * first untagged BAD) or the end of the connection.
     */
    Answer send(FuzzCommand command) throws IOException {
        List<String> lines = new ArrayList<>();
        String prefix = command.tag() == null ? "* BAD" : command.tag() + " ";
        List<FuzzCommand.Segment> segments = command.segments();
        try {
            for (int i = 0; i < segments.size(); i++) {
                FuzzCommand.Segment segment = segments.get(i);
                out.write(segment.text());
                out.write(CRLF);
                if (segment.literal() == null) {
                    break;
                }
                if (segment.synchronizing()) {
                    String line = untilContinuationOrTagged(lines, prefix);
                    if (line == null || !line.startsWith("+")) {
                        return new Answer(lines, line, line == null);
                    }
                }
                out.write(segment.literal());
            }
            out.flush();
        } catch (IOException e) {
            // The server may close while we write, after a fatal error; read what it said.
            return new Answer(lines, null, true);
        }
        while (true) {
            String line = readLine();
            if (line == null) {
                return new Answer(lines, null, true);
            }
            if (line.startsWith(prefix)) {
                return new Answer(lines, line, false);
            }
            lines.add(line);
            if (line.startsWith("+")) {
                continueCommand(command.name());
            }
        }
    }

    /** Every line up to the end of the connection. */
    List<String> drain() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line; (line = readLine()) != null; ) {
            lines.add(line);
        }
        return lines;
    }

    private String untilContinuationOrTagged(List<String> lines, String prefix)
            throws IOException {
        out.flush();
        while (true) {
            String line = readLine();
            if (line == null || line.startsWith("+") || line.startsWith(prefix)) {
                return line;
            }
            lines.add(line);
        }
    }

    private void continueCommand(String name) throws IOException {
        out.write((name.equals("IDLE") ? "DONE" : "*").getBytes(StandardCharsets.US_ASCII));
        out.write(CRLF);
        out.flush();
    }

    /** One response line; a line ending in a literal announcement continues after its data. */
    private String readLine() throws IOException {
        StringBuilder logical = new StringBuilder();
        while (true) {
            String line = rawLine();
            if (line == null) {
                return logical.length() == 0 ? null : logical.toString();
            }
            logical.append(line);
            Matcher m = LITERAL.matcher(line);
            if (!m.find()) {
                return logical.toString();
            }
            long size = Long.parseLong(m.group(1));
            try {
                in.skipNBytes(size);
            } catch (EOFException e) {
                return logical.toString();
            }
            logical.append("<").append(size).append(" octets>");
        }
    }

    private String rawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        try {
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer within the read timeout after: " + line, e);
        } catch (SocketException e) {
            // A reset after the server closed: the end of the stream, like -1.
            b = -1;
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

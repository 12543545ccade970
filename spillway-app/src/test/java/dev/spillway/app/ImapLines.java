package dev.spillway.app;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IMAP connection seen as whole server responses: a response that carries literals is
 * returned as one string with the literal octets inlined, so a line inside a literal is never
 * taken for a tagged response. Octets are read as ISO-8859-1, which keeps any byte as it is.
 */
final class ImapLines implements AutoCloseable {
    /** What {@link #readUntil} records when the server closes the connection. */
    static final String CLOSED = "<closed>";

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)}$");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private ImapLines(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(TIMEOUT_MILLIS);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static ImapLines connect(int port) throws IOException {
        return new ImapLines(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** Sends {@code line} and CRLF, encoded as UTF-8 (transcripts count literals so). */
    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Whether the server has sent something not read yet. */
    boolean hasInput() throws IOException {
        return in.available() > 0;
    }

    /** The next response, or null once the server has closed the connection. */
    String readResponse() throws IOException {
        StringBuilder response = new StringBuilder();
        while (true) {
            String line = readLine();
            if (line == null) {
                return response.length() == 0 ? null : response.toString();
            }
            response.append(line);
            Matcher literal = LITERAL.matcher(line);
            if (!literal.find()) {
                return response.toString();
            }
            byte[] octets = in.readNBytes(Integer.parseInt(literal.group(1)));
            response.append(new String(octets, StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * The responses up to and including the tagged one for {@code tag}, or up to a
     * continuation request if {@code continuation}; ends with {@link #CLOSED} if the server
     * closes the connection first.
     */
    List<String> readUntil(String tag, boolean continuation) throws IOException {
        List<String> responses = new ArrayList<>();
        while (true) {
            String response = readResponse();
            if (response == null) {
                responses.add(CLOSED);
                return responses;
            }
            responses.add(response);
            if (response.startsWith(tag + " ")
                    || continuation && (response.equals("+") || response.startsWith("+ "))) {
                return responses;
            }
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

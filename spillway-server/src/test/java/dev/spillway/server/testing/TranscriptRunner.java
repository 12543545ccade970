package dev.spillway.server.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Plays a {@link Transcript} against a server over real sockets. */
public final class TranscriptRunner implements AutoCloseable {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<(\\w+)>");
    private static final int TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int plainPort;
    private final int tlsPort;
    private final Map<String, Connection> connections = new HashMap<>();
    private final Map<String, String> captured = new HashMap<>();
    private Connection current;

    public TranscriptRunner(String host, int plainPort, int tlsPort) {
        this.host = host;
        this.plainPort = plainPort;
        this.tlsPort = tlsPort;
    }

    /** Runs every step; throws AssertionError naming the transcript line that failed. */
    public void run(Transcript transcript) throws IOException {
        for (Transcript.Step step : transcript.steps()) {
            String where = transcript.name() + ":" + step.line() + ": ";
            try {
                runStep(step, where);
            } catch (IOException e) {
                throw new AssertionError(where + e, e);
            }
        }
    }

    private void runStep(Transcript.Step step, String where) throws IOException {
        if (current == null && !step.kind().equals("==")) {
            switchTo("a", where);
        }
        String text = substitute(step.text());
        switch (step.kind()) {
            case "C:" -> current.send(text);
            case "S:" -> {
                String line = current.readLine(where);
                if (!line.equals(text)) {
                    throw new AssertionError(where + "expected\n  " + text + "\nbut got\n  "
                            + line);
                }
            }
            case "S~" -> {
                String line = current.readLine(where);
                Matcher matcher = Pattern.compile(text).matcher(line);
                if (!matcher.matches()) {
                    throw new AssertionError(where + "expected a match for\n  " + text
                            + "\nbut got\n  " + line);
                }
                Matcher groups = GROUP.matcher(text);
                while (groups.find()) {
                    captured.put(groups.group(1), matcher.group(groups.group(1)));
                }
            }
            case "==" -> switchTo(text, where);
            case "!" -> directive(text, where);
            default -> throw new IllegalStateException(step.kind());
        }
    }

    private void directive(String text, String where) throws IOException {
        if (text.equals("starttls")) {
            current.startTls(host);
        } else if (text.equals("closed")) {
            current.expectClosed(where);
        } else {
            throw new AssertionError(where + "unknown directive !" + text);
        }
    }

    private void switchTo(String spec, String where) throws IOException {
        String[] words = spec.split("\\s+");
        Connection connection = connections.get(words[0]);
        if (connection == null) {
            boolean tls = words.length > 1 && words[1].equals("tls");
            connection = new Connection(tls ? tlsSocket(new Socket(host, tlsPort), host)
                    : new Socket(host, plainPort));
            connections.put(words[0], connection);
            String greeting = connection.readLine(where);
            if (!greeting.startsWith("* OK")) {
                throw new AssertionError(where + "unexpected greeting " + greeting);
            }
        }
        current = connection;
    }

    private String substitute(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = captured.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError("nothing captured as " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public void close() {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }

    /** A TLS socket over {@code plain} that trusts any certificate (test servers self-sign). */
    public static SSLSocket tlsSocket(Socket plain, String host) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAll()}, null);
            SSLSocket socket = (SSLSocket) context.getSocketFactory()
                    .createSocket(plain, host, plain.getPort(), true);
            socket.startHandshake();
            return socket;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    private static final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(Socket socket) throws IOException {
            use(socket);
        }

        private void use(Socket s) throws IOException {
            this.socket = s;
            s.setSoTimeout(TIMEOUT_MILLIS);
            this.in = new BufferedInputStream(s.getInputStream());
            this.out = s.getOutputStream();
        }

        void send(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String readLine(String where) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new AssertionError(where + "connection closed; partial line: "
                            + line.toString(StandardCharsets.UTF_8));
                }
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                            ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, length, StandardCharsets.UTF_8);
                }
                line.write(b);
            }
        }

        void startTls(String host) throws IOException {
            use(tlsSocket(socket, host));
        }

        void expectClosed(String where) throws IOException {
            int b = in.read();
            if (b >= 0) {
                throw new AssertionError(where + "expected the connection to be closed");
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing after the test: nothing to do
            }
        }
    }
}

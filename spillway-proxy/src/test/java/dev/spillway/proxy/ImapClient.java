package dev.spillway.proxy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A deliberately small IMAP client over a raw socket, for transcript-style tests: it sends
 * exactly what the test writes and returns response lines with literals inlined.
 */
final class ImapClient implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private ImapClient(Socket socket) throws IOException {
        attach(socket);
    }

    static ImapClient connect(int port) throws IOException {
        return new ImapClient(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    static ImapClient connectTls(int port) throws IOException {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), port);
        return new ImapClient(wrapTls(plain));
    }

    /** The greeting or any single response line. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** One response with any literals inlined as {@code {n}<data>}. */
    String readResponse() throws IOException {
        StringBuilder response = new StringBuilder();
        while (true) {
            String line = readLine();
            if (line == null) {
                return response.length() == 0 ? null : response.toString();
            }
            response.append(line);
            int open = line.lastIndexOf('{');
            if (!line.endsWith("}") || open < 0) {
                return response.toString();
            }
            int size = Integer.parseInt(line.substring(open + 1, line.length() - 1));
            byte[] data = in.readNBytes(size);
            response.append(new String(data, StandardCharsets.UTF_8));
        }
    }

    /** Sends {@code tag command} and returns every response up to and including the tagged. */
    List<String> command(String tag, String command) throws IOException {
        send(tag + " " + command + "\r\n");
        return readUntilTagged(tag);
    }

    List<String> readUntilTagged(String tag) throws IOException {
        List<String> responses = new ArrayList<>();
        while (true) {
            String response = readResponse();
            if (response == null) {
                responses.add("<closed>");
                return responses;
            }
            responses.add(response);
            if (response.startsWith(tag + " ")) {
                return responses;
            }
        }
    }

    void send(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** STARTTLS, trusting any certificate (the proxy's is self-signed). */
    List<String> startTls(String tag) throws IOException {
        List<String> answer = command(tag, "STARTTLS");
        if (answer.get(answer.size() - 1).startsWith(tag + " OK")) {
            attach(wrapTls(socket));
        }
        return answer;
    }

    /** COMPRESS DEFLATE (RFC 4978); on OK both directions are raw deflate from then on. */
    List<String> compress(String tag) throws IOException {
        List<String> answer = command(tag, "COMPRESS DEFLATE");
        if (answer.get(answer.size() - 1).startsWith(tag + " OK")) {
            in = new InflaterInputStream(in, new Inflater(true), 4096);
            out = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true),
                    true);
        }
        return answer;
    }

    int localPort() {
        return socket.getLocalPort();
    }

    boolean isClosed() throws IOException {
        return readLine() == null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        socket.setSoTimeout(TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    private static Socket wrapTls(Socket plain) throws IOException {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new TrustAll()}, null);
            SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain,
                    "localhost", plain.getPort(), true);
            socket.startHandshake();
            return socket;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** Test-only trust manager: the proxy's certificate is generated per test run. */
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
}

package dev.spillway.sim.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Opens IMAP connections to one {@link Target}: TCP, then TLS at once or after STARTTLS as the
 * target says, then the greeting. Certificates and host names are verified unless the target
 * trusts any certificate. Thread-safe; one per run.
 */
public final class Connector {

    private final Target target;
    private final Duration timeout;
    private final SSLContext tls;

    /** {@code timeout} bounds connecting and every read but IDLE's wait. */
    public Connector(Target target, Duration timeout) {
        this.target = Objects.requireNonNull(target, "target");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.tls = target.security() == Security.NONE ? null : tlsContext(target);
    }

    public Target target() {
        return target;
    }

    /** A connection past its greeting (and STARTTLS), ready for commands. */
    public ImapClient connect() throws IOException {
        Socket socket = new Socket();
        ImapClient client = null;
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(target.host(), target.port()),
                    (int) timeout.toMillis());
            if (target.security() == Security.IMPLICIT) {
                socket = secure(socket);
            }
            client = new ImapClient(socket, timeout);
            client.greeting();
            if (target.security() == Security.STARTTLS) {
                TaggedResult started = client.startTls(this::secure);
                if (!started.ok()) {
                    throw new IOException("STARTTLS refused: " + started);
                }
            }
            return client;
        } catch (IOException | RuntimeException e) {
            if (client != null) {
                client.close();
            } else {
                socket.close();
            }
            throw e;
        }
    }

    private Socket secure(Socket plain) throws IOException {
        SSLSocket secured = (SSLSocket) tls.getSocketFactory().createSocket(plain,
                target.host(), target.port(), true);
        secured.setUseClientMode(true);
        if (!target.trustAnyCertificate()) {
            SSLParameters parameters = secured.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secured.setSSLParameters(parameters);
        }
        secured.startHandshake();
        return secured;
    }

    private static SSLContext tlsContext(Target target) {
        try {
            if (!target.trustAnyCertificate()) {
                return SSLContext.getDefault();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAnything()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }

    /** Accepts every certificate: for tests against self-signed certificates only. */
    private static final class TrustAnything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // Trusting everything is the point of this manager.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Trusting everything is the point of this manager.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

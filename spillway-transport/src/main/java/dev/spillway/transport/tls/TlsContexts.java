package dev.spillway.transport.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/** Builds Netty TLS contexts with the protocol versions Spillway allows. */
public final class TlsContexts {
    /** TLS 1.0 and 1.1 are deprecated by RFC 8996; RFC 8314 asks for 1.2 or later. */
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private TlsContexts() {
    }

    /** A server context from a PEM certificate chain and a PEM (PKCS#8) private key. */
    public static SslContext server(Path certificateChain, Path privateKey) throws IOException {
        try {
            return SslContextBuilder.forServer(certificateChain.toFile(), privateKey.toFile())
                    .sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOLS)
                    .clientAuth(ClientAuth.NONE)
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IOException("cannot load TLS certificate " + certificateChain
                    + " and key " + privateKey + ": " + e.getMessage(), e);
        }
    }

    /**
     * A client context for backend connections.
     *
     * @param caFile PEM file of trusted certificates, or null for the JDK's default trust store
     * @param insecure skip certificate verification entirely (tests only)
     */
    public static SslContext client(Path caFile, boolean insecure) throws IOException {
        SslContextBuilder builder = SslContextBuilder.forClient()
                .sslProvider(SslProvider.JDK)
                .protocols(PROTOCOLS)
                .endpointIdentificationAlgorithm(insecure ? null : "HTTPS");
        if (insecure) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
        } else if (caFile != null) {
            builder.trustManager(caFile.toFile());
        }
        try {
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IOException("cannot build a TLS client context: " + e.getMessage(), e);
        }
    }
}

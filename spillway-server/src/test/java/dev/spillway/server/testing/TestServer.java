package dev.spillway.server.testing;

import dev.spillway.config.Config;
import dev.spillway.server.ImapServer;
import dev.spillway.transport.tls.SelfSignedCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real server on loopback for tests: its own data directory, any free ports, cheap password
 * hashing, and no delay after a failed login unless a test asks for one.
 */
public final class TestServer implements AutoCloseable {
    private static Path sharedTls;

    private final ImapServer server;

    private TestServer(ImapServer server) {
        this.server = server;
    }

    /**
     * Starts a server over {@code dataDir}.
     *
     * @param overrides settings by dotted path, applied over the test defaults
     */
    public static TestServer start(Path dataDir, Map<String, String> overrides)
            throws Exception {
        reuseCertificate(dataDir);
        Map<String, String> flags = new HashMap<>();
        flags.put("data.dir", dataDir.toString());
        flags.put("auth.hash.memory-kib", "64");
        flags.put("auth.hash.iterations", "1");
        flags.put("auth.fail-delay", "0s");
        flags.putAll(overrides);
        Config config = Config.load(null, Map.of(), flags);
        ImapServer.Ports ports = new ImapServer.Ports(ImapServer.ANY_PORT, ImapServer.ANY_PORT,
                ImapServer.ANY_PORT);
        return new TestServer(ImapServer.start(config, ports, "test"));
    }

    /**
     * Copies one certificate, generated once per test JVM, into the data directory: an RSA key
     * takes a second or more to generate, and every test server would make its own.
     */
    private static synchronized void reuseCertificate(Path dataDir) throws Exception {
        if (sharedTls == null) {
            sharedTls = Files.createTempDirectory("spillway-test-tls");
            SelfSignedCertificate.ensure(sharedTls, "localhost");
        }
        Path tls = dataDir.resolve("tls");
        if (!Files.exists(tls.resolve("cert.pem"))) {
            Files.createDirectories(tls);
            Files.copy(sharedTls.resolve("cert.pem"), tls.resolve("cert.pem"));
            Files.copy(sharedTls.resolve("key.pem"), tls.resolve("key.pem"));
        }
    }

    public static TestServer start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    public ImapServer server() {
        return server;
    }

    public int imapPort() {
        return server.imapPort();
    }

    public int imapsPort() {
        return server.imapsPort();
    }

    public int lmtpPort() {
        return server.lmtpPort();
    }

    /** Creates an account with the default mailboxes. */
    public TestServer user(String name, String password) throws Exception {
        server.context().store().accounts().add(name, password);
        return this;
    }

    @Override
    public void close() {
        server.close();
    }
}

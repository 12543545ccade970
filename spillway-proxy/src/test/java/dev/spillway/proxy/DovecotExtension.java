package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.fail;

import dev.spillway.transport.tls.SelfSignedCertificate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Dovecot on loopback for one test class, with its own configuration in a temporary
 * directory: passwd-file users {@code alice}/{@code secret1} and {@code bob}/{@code secret2},
 * maildir storage, a generated certificate, {@code login_trusted_networks = 127.0.0.0/8} (so
 * {@code x-originating-ip} from the proxy counts) and three listeners: plain IMAP with
 * STARTTLS, implicit TLS, and plain IMAP expecting a PROXY protocol header. Missing Dovecot is
 * a test failure, not a skip: CI installs it.
 *
 * <p>The certificate is generated for {@code localhost} and {@code 127.0.0.1} unless TLS names
 * are given: then the first name's certificate is the default and each further name has its
 * own, chosen by SNI (a {@code local_name} block), each certificate carrying its name only.
 */
public final class DovecotExtension implements BeforeAllCallback, AfterAllCallback {

    static final String DOVECOT = "/usr/sbin/dovecot";
    static final String DOVEADM = "/usr/bin/doveadm";

    private Path dir;
    private Process process;
    private int imapPort;
    private int imapsPort;
    private int haproxyPort;
    private final List<String> tlsNames;
    private String mailIds;
    private String sniSettings = "";
    private String extraSettings = "";
    private String extraUsers = "";

    /** A Dovecot with the names of its TLS certificates; none = one for loopback. */
    public DovecotExtension(String... tlsNames) {
        this.tlsNames = List.of(tlsNames);
    }

    /**
     * Also gives Dovecot the users {@code prefix1} to {@code prefixN}, all with
     * {@code password} and each with an empty maildir of its own, for tests that need many
     * fresh accounts. Call before the class's tests start: Dovecot reads its users once.
     */
    public DovecotExtension withUsers(String prefix, int count, String password) {
        StringBuilder users = new StringBuilder(extraUsers);
        for (int i = 1; i <= count; i++) {
            users.append(prefix).append(i).append(":{PLAIN}").append(password)
                    .append("::::::\n");
        }
        extraUsers = users.toString();
        return this;
    }

    /** Appends {@code settings} to the configuration Dovecot starts with. */
    public DovecotExtension withSettings(String settings) {
        extraSettings = settings;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!Files.isExecutable(Path.of(DOVECOT))) {
            fail("Dovecot is required for these tests: install dovecot-imapd (" + DOVECOT
                    + " not found)");
        }
        dir = Files.createTempDirectory("spillway-dovecot");
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        if (!Boolean.getBoolean("spillway.keepDovecot")) {
            deleteTree(dir);
        }
    }

    /** The plain IMAP listener (STARTTLS offered, plaintext logins allowed). */
    public int imapPort() {
        return imapPort;
    }

    int imapsPort() {
        return imapsPort;
    }

    int haproxyPort() {
        return haproxyPort;
    }

    /** The CA file that verifies Dovecot's certificates (they are self-signed). */
    Path certificate() {
        return dir.resolve(tlsNames.isEmpty() ? "tls/cert.pem" : "tls/trusted.pem");
    }

    /** Dovecot's log so far. */
    String log() throws IOException {
        Path log = dir.resolve("dovecot.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /**
     * Dovecot's log once it contains {@code text}, or as it is after 10 s: its log process
     * writes lines asynchronously, possibly after the client already got its answer.
     */
    String logContaining(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String log = log();
        while (!log.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            log = log();
        }
        return log;
    }

    /** Lines of Dovecot's log that record a finished or ongoing client connection. */
    long connectionsLogged() throws IOException {
        return log().lines().filter(l -> l.contains("imap-login:") && l.contains("rip=")).count();
    }

    /** {@code doveadm who} for this instance: one line per logged-in user. */
    List<String> who() throws IOException, InterruptedException {
        List<String> lines = doveadm("who");
        return lines.isEmpty() ? lines : lines.subList(1, lines.size());
    }

    /** Kills (SIGKILL) every imap process serving {@code user}, as a crash would. */
    void killSessions(String user) throws IOException, InterruptedException {
        for (String line : who()) {
            if (!line.startsWith(user + " ")) {
                continue;
            }
            int open = line.indexOf('(');
            int close = line.indexOf(')', open);
            for (String pid : line.substring(open + 1, close).trim().split(" +")) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /**
     * Appends {@code settings} to the configuration (replacing what an earlier call appended;
     * empty restores the original) and makes Dovecot reload it. Login processes that start
     * afterwards use it; the caller waits for that where it matters.
     */
    void reconfigure(String settings) throws IOException, InterruptedException {
        extraSettings = settings;
        Files.writeString(conf(), configuration(mailIds));
        List<String> out = doveadm("reload");
        if (!out.isEmpty()) {
            throw new IOException("doveadm reload: " + String.join("\n", out));
        }
    }

    private List<String> doveadm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(DOVEADM, "-c", conf().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out.lines().toList();
    }

    private Path conf() {
        return dir.resolve("dovecot.conf");
    }

    private void start() throws Exception {
        if (tlsNames.isEmpty()) {
            SelfSignedCertificate.ensure(dir.resolve("tls"), "localhost");
        } else {
            namedCertificates();
        }
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(dir.resolve("passwd"),
                "alice:{PLAIN}secret1::::::\nbob:{PLAIN}secret2::::::\n" + extraUsers);
        mailIds = mailUser(mail);
        imapPort = freePort();
        imapsPort = freePort();
        haproxyPort = freePort();
        Files.writeString(conf(), configuration(mailIds));
        process = new ProcessBuilder(DOVECOT, "-F", "-c", conf().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("dovecot.out").toFile())
                .start();
        waitForPort(imapPort);
        waitForPort(imapsPort);
    }

    /** The certificates for {@link #tlsNames}, a CA file trusting all, and the SNI blocks. */
    private void namedCertificates() throws Exception {
        StringBuilder trusted = new StringBuilder();
        StringBuilder sni = new StringBuilder();
        for (String name : tlsNames) {
            boolean first = trusted.length() == 0;
            Path tls = dir.resolve(first ? "tls" : "tls-" + name);
            NamedCertificate.write(tls, name);
            trusted.append(Files.readString(tls.resolve("cert.pem"), StandardCharsets.US_ASCII));
            if (!first) {
                sni.append("local_name ").append(name).append(" {\n")
                        .append("  ssl_cert = <").append(tls.resolve("cert.pem")).append('\n')
                        .append("  ssl_key = <").append(tls.resolve("key.pem")).append("\n}\n");
            }
        }
        Files.writeString(certificate(), trusted, StandardCharsets.US_ASCII);
        sniSettings = sni.toString();
    }

    private void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * The numeric uid and gid Dovecot runs mail processes as: as root, {@code nobody} (Dovecot
     * refuses root for mail access), which must be able to write the mail directory;
     * otherwise ourselves.
     */
    private String mailUser(Path mail) throws IOException {
        if (System.getProperty("user.name").equals("root")) {
            UserPrincipalLookupService users =
                    mail.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view =
                    Files.getFileAttributeView(mail, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName("nobody"));
            try {
                view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
            } catch (IOException notDebian) {
                view.setGroup(users.lookupPrincipalByGroupName("nobody"));
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return Files.getAttribute(mail, "unix:uid") + " " + Files.getAttribute(mail, "unix:gid");
    }

    private String configuration(String ids) {
        String d = dir.toString();
        String me = System.getProperty("user.name");
        String internal = me.equals("root") ? "" : "default_internal_user = " + me + "\n"
                + "default_login_user = " + me + "\n";
        String uid = ids.split(" ")[0];
        String gid = ids.split(" ")[1];
        return """
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                protocols = imap
                listen = 127.0.0.1
                ssl = yes
                ssl_cert = <%1$s/tls/cert.pem
                ssl_key = <%1$s/tls/key.pem
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                login_trusted_networks = 127.0.0.0/8
                imap_id_log = *
                haproxy_trusted_networks = 127.0.0.0/8
                login_log_format_elements = user=<%%u> method=%%m rip=%%r rport=%%{rport} \
                lip=%%l mpid=%%e %%c
                mail_location = maildir:%1$s/mail/%%u
                first_valid_uid = 1
                mail_uid = %2$s
                mail_gid = %7$s
                %3$s
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/passwd
                }
                userdb {
                  driver = static
                  args = home=%1$s/mail/%%u
                }
                service imap-login {
                  chroot =
                  inet_listener imap {
                    port = %4$d
                  }
                  inet_listener imaps {
                    port = %5$d
                    ssl = yes
                  }
                  inet_listener imap_haproxy {
                    port = %6$d
                    haproxy = yes
                  }
                }
                service anvil {
                  chroot =
                }
                """.formatted(d, uid, internal, imapPort, imapsPort, haproxyPort, gid)
                + sniSettings + extraSettings + "\n";
    }

    private void waitForPort(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            try {
                new Socket(InetAddress.getLoopbackAddress(), port).close();
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        String out = Files.readString(dir.resolve("dovecot.out"));
        throw new IOException("Dovecot did not start listening on " + port + ": " + out + log());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: a temp directory left behind is harmless.
                }
            });
        }
    }
}

package dev.spillway.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.sqlite.SqliteMailStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server process with SIGKILL while clients append over IMAP and deliver over LMTP,
 * restarts it, and checks that every message the server acknowledged is there and that UIDs
 * never go backwards. Three rounds over the same data directory.
 */
@Tag("slow")
class CrashTest {
    private static final Pattern APPENDUID = Pattern.compile(".*\\[APPENDUID (\\d+) (\\d+)].*");
    private static final int ROUNDS = 3;
    private static final long RUN_MILLIS = 1500;

    @TempDir
    Path data;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<Long> acknowledgedUids = ConcurrentHashMap.newKeySet();

    @Test
    void acknowledgedMailSurvivesSigkill() throws Exception {
        long highestUidBefore = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process server = startServer();
            int[] ports = readPorts(server);
            AtomicBoolean stop = new AtomicBoolean();
            Thread imap = new Thread(() -> appendLoop(ports[0], stop), "imap-writer");
            Thread lmtp = new Thread(() -> lmtpLoop(ports[1], stop), "lmtp-writer");
            imap.start();
            lmtp.start();
            Thread.sleep(RUN_MILLIS);
            server.destroyForcibly().waitFor();
            stop.set(true);
            imap.join();
            lmtp.join();

            long highest = checkStore();
            assertThat(highest).isGreaterThanOrEqualTo(highestUidBefore);
            highestUidBefore = highest;
        }
        assertThat(acknowledged).hasSizeGreaterThan(ROUNDS * 2);
    }

    private Process startServer() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashTarget.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int[] readPorts(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORTS ")) {
                String[] words = line.split(" ");
                return new int[] {Integer.parseInt(words[1]), Integer.parseInt(words[2])};
            }
        }
        throw new IOException("the server exited before printing its ports");
    }

    /** Appends until stopped or cut off; records each message the server said OK to. */
    private void appendLoop(int port, AtomicBoolean stop) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            send(out, "a LOGIN crash secret");
            expectTagged(in, "a");
            for (int i = 0; !stop.get(); i++) {
                String id = "imap-" + System.nanoTime() + "-" + i;
                byte[] message = message(id);
                send(out, "b" + i + " APPEND INBOX {" + message.length + "+}");
                out.write(message);
                send(out, "");
                String reply = expectTagged(in, "b" + i);
                Matcher m = APPENDUID.matcher(reply);
                if (reply.startsWith("b" + i + " OK") && m.matches()) {
                    acknowledged.add(id);
                    acknowledgedUids.add(Long.parseLong(m.group(2)));
                }
            }
        } catch (IOException e) {
            // The server was killed: whatever was acknowledged is recorded.
        }
    }

    private void lmtpLoop(int port, AtomicBoolean stop) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            send(out, "LHLO test");
            String line;
            do {
                line = in.readLine();
            } while (line != null && line.startsWith("250-"));
            for (int i = 0; !stop.get(); i++) {
                String id = "lmtp-" + System.nanoTime() + "-" + i;
                send(out, "MAIL FROM:<sender@example.org>");
                in.readLine();
                send(out, "RCPT TO:<crash@example.org>");
                in.readLine();
                send(out, "DATA");
                in.readLine();
                out.write(message(id));
                send(out, ".");
                String reply = in.readLine();
                if (reply != null && reply.startsWith("250")) {
                    acknowledged.add(id);
                }
            }
        } catch (IOException e) {
            // The server was killed: whatever was acknowledged is recorded.
        }
    }

    /** Opens the store after the kill and checks it; returns the highest UID in INBOX. */
    private long checkStore() throws Exception {
        try (SqliteMailStore store = SqliteMailStore.open(data)) {
            MailAccount account = store.account("crash");
            MailboxSnapshot inbox = account.select("INBOX");
            Set<String> present = new HashSet<>();
            Set<Long> uids = new HashSet<>();
            List<Long> order = new ArrayList<>();
            for (MessageMeta meta : inbox.messages()) {
                uids.add(meta.uid());
                order.add(meta.uid());
                String text = new String(account.content(inbox.info().id(), meta.uid()),
                        StandardCharsets.UTF_8);
                Matcher id = Pattern.compile("Message-ID: <([^@]+)@").matcher(text);
                if (id.find()) {
                    present.add(id.group(1));
                }
            }
            assertThat(present).containsAll(acknowledged);
            assertThat(uids).containsAll(acknowledgedUids);
            assertThat(order).isSorted();
            assertThat(inbox.info().uidNext()).isGreaterThan(order.isEmpty() ? 0
                    : order.get(order.size() - 1));
            return order.isEmpty() ? 0 : order.get(order.size() - 1);
        }
    }

    private static byte[] message(String id) {
        return ("From: crash@example.org\r\nTo: crash@example.org\r\nSubject: " + id
                + "\r\nMessage-ID: <" + id + "@example.org>\r\n\r\nbody of " + id + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String expectTagged(BufferedReader in, String tag) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith(tag + " ")) {
                return line;
            }
        }
        throw new IOException("connection closed");
    }
}

package dev.spillway.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny loopback IMAP server with one account of three 10-octet messages in INBOX. It sheds
 * the first {@code shedFirst} background IDs with {@code NO [UNAVAILABLE]} (TN3189) and
 * answers the rest of what the simulator sends. It exists because this module must not depend
 * on the real server; the end-to-end test against the real one lives with the CLI.
 */
final class ScriptedImapServer implements AutoCloseable {

    private final ServerSocket listener;
    private final AtomicInteger shedLeft;
    private final AtomicInteger backgroundIds = new AtomicInteger();

    ScriptedImapServer(int shedFirst) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.shedLeft = new AtomicInteger(shedFirst);
        Thread acceptor = new Thread(this::accept, "scripted-imap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    int backgroundIds() {
        return backgroundIds.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                Thread session = new Thread(() -> serve(socket), "scripted-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(
                    socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            send(out, "* OK scripted ready");
            String line;
            while ((line = in.readLine()) != null) {
                String[] words = line.split(" ", 3);
                String tag = words[0];
                String rest = line.substring(tag.length() + 1);
                String upper = rest.toUpperCase(Locale.ROOT);
                if (upper.startsWith("CAPABILITY")) {
                    send(out, "* CAPABILITY IMAP4rev1 SASL-IR LITERAL+ IDLE ID");
                } else if (upper.startsWith("ID ") && upper.contains("\"EVENT\" \"")) {
                    backgroundIds.incrementAndGet();
                    if (shedLeft.getAndDecrement() > 0) {
                        send(out, "* ID (\"name\" \"scripted\")");
                        send(out, tag + " NO [UNAVAILABLE] Background sync postponed");
                        continue;
                    }
                } else if (upper.startsWith("LIST")) {
                    send(out, "* LIST (\\HasNoChildren) \"/\" INBOX");
                    send(out, "* LIST (\\Noselect) \"/\" Folders");
                } else if (upper.startsWith("SELECT")) {
                    send(out, "* 3 EXISTS");
                    send(out, "* OK [UIDNEXT 4] predicted");
                } else if (upper.startsWith("UID SEARCH")) {
                    send(out, "* SEARCH 1 2 3");
                } else if (upper.startsWith("UID FETCH")) {
                    fetch(out, rest.split(" ")[2]);
                } else if (upper.startsWith("IDLE")) {
                    send(out, "+ idling");
                    if (in.readLine() == null) {
                        return;
                    }
                } else if (upper.startsWith("LOGOUT")) {
                    send(out, "* BYE bye");
                    send(out, tag + " OK LOGOUT done");
                    return;
                }
                send(out, tag + " OK done");
            }
        } catch (IOException e) {
            // The simulator closes connections at the end of a run; nothing to report.
        }
    }

    private static void fetch(OutputStream out, String set) throws IOException {
        String[] range = set.split(":");
        long from = Long.parseLong(range[0]);
        long to = range.length == 1 ? from : range[1].equals("*") ? 3 : Long.parseLong(range[1]);
        for (long uid = from; uid <= Math.min(3, to); uid++) {
            send(out, "* " + uid + " FETCH (UID " + uid + " BODY[] {10}\r\n0123456789)");
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}

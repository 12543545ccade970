package dev.spillway.proxy;

import dev.spillway.protocol.command.IdArguments;
import dev.spillway.protocol.command.IdField;
import dev.spillway.protocol.response.ImapWriter;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the ID commands the proxy sends to a backend (RFC 2971 §3.1).
 *
 * <p>Fields whose names start with {@code x-} are dropped from what the client sent: Dovecot
 * and other servers trust {@code x-originating-ip}, {@code x-session-id} and the like from a
 * proxy in their trusted networks, so a client must not be able to set them through the proxy.
 * Values are sent as quoted strings when RFC 9051 §4.3 allows it, else as non-synchronizing
 * literals (RFC 7888) if the backend offers LITERAL+; a value that fits neither is sent as NIL.
 */
final class IdWire {

    private IdWire() {
    }

    /**
     * The command line(s) for {@code tag ID ...}, CRLF included.
     *
     * @param client the client's last ID, or null if it sent none
     * @param origin the client's address to add as {@code x-originating-ip} and
     *     {@code x-originating-port}, or null
     * @param literalPlus whether the backend offers LITERAL+
     */
    static byte[] command(String tag, IdArguments client, InetSocketAddress origin,
            boolean literalPlus) {
        List<IdField> fields = new ArrayList<>();
        if (client != null) {
            for (IdField field : client.fields()) {
                if (!field.name().toLowerCase(Locale.ROOT).startsWith("x-")) {
                    fields.add(field);
                }
            }
        }
        if (origin != null && origin.getAddress() != null) {
            fields.add(new IdField("x-originating-ip", origin.getAddress().getHostAddress()));
            fields.add(new IdField("x-originating-port", Integer.toString(origin.getPort())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, tag + " ID ");
        if (fields.isEmpty()) {
            write(out, client == null || client.nil() ? "NIL" : "()");
        } else {
            out.write('(');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(' ');
                }
                string(out, fields.get(i).name(), literalPlus);
                out.write(' ');
                string(out, fields.get(i).value(), literalPlus);
            }
            out.write(')');
        }
        write(out, "\r\n");
        return out.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String value, boolean literalPlus) {
        if (value == null) {
            write(out, "NIL");
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (ImapWriter.isQuotable(bytes)) {
            out.write('"');
            for (byte b : bytes) {
                if (b == '"' || b == '\\') {
                    out.write('\\');
                }
                out.write(b);
            }
            out.write('"');
        } else if (literalPlus) {
            write(out, "{" + bytes.length + "+}\r\n");
            out.write(bytes, 0, bytes.length);
        } else {
            write(out, "NIL");
        }
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes, 0, bytes.length);
    }
}

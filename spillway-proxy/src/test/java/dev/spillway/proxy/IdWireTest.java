package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.command.IdArguments;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdWireTest {

    @Test
    void copiesTheClientsFieldsAndAddsTheOriginatingAddress() {
        IdArguments client =
                IdArguments.parse("(\"name\" \"com.apple.email.maild\" \"event\" NIL)");
        InetSocketAddress origin = new InetSocketAddress("192.0.2.7", 51234);
        assertThat(wire(IdWire.command("S2", client, origin, true))).isEqualTo(
                "S2 ID (\"name\" \"com.apple.email.maild\" \"event\" NIL"
                        + " \"x-originating-ip\" \"192.0.2.7\""
                        + " \"x-originating-port\" \"51234\")\r\n");
    }

    @Test
    void dropsClientFieldsThatBackendsTrustFromProxies() {
        IdArguments client = IdArguments.parse(
                "(\"name\" \"x\" \"X-Originating-IP\" \"10.0.0.1\" \"x-session-id\" \"s\")");
        assertThat(wire(IdWire.command("S2", client, null, true)))
                .isEqualTo("S2 ID (\"name\" \"x\")\r\n");
    }

    @Test
    void sendsNilWithoutFieldsAndLiteralsForUnquotableValues() {
        assertThat(wire(IdWire.command("S2", IdArguments.NIL, null, true)))
                .isEqualTo("S2 ID NIL\r\n");
        IdArguments client = IdArguments.parse("(\"name\" {5}\r\ncaf\u00e9)");
        String withLiteralPlus = wire(IdWire.command("S2", client, null, true));
        assertThat(withLiteralPlus).startsWith("S2 ID (\"name\" {5+}\r\n");
        assertThat(wire(IdWire.command("S2", client, null, false)))
                .isEqualTo("S2 ID (\"name\" NIL)\r\n");
    }

    private static String wire(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}

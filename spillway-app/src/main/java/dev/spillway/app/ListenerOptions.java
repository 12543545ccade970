package dev.spillway.app;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Flags of the commands that accept connections: ports, bind address, shedding mode. */
final class ListenerOptions {
    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (setting bind, default 127.0.0.1).")
    String bind;

    @Option(names = "--imap-port", paramLabel = "PORT",
            description = "IMAP port with STARTTLS (imap.port, default 1143; 0 = off).")
    String imapPort;

    @Option(names = "--imaps-port", paramLabel = "PORT",
            description = "IMAP over implicit TLS (imaps.port, default 1993; 0 = off).")
    String imapsPort;

    @Option(names = "--shed-mode", paramLabel = "MODE",
            description = "TN3189 shedding: off, observe, auto or always (shed.mode, "
                    + "default auto).")
    String shedMode;

    @Option(names = "--admin-port", paramLabel = "PORT",
            description = "Admin HTTP port (admin.port, default 8143; 0 = off).")
    String adminPort;

    Map<String, String> asSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("bind", bind);
        out.put("imap.port", imapPort);
        out.put("imaps.port", imapsPort);
        out.put("shed.mode", shedMode);
        out.put("admin.port", adminPort);
        return out;
    }
}

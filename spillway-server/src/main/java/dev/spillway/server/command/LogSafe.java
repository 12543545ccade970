package dev.spillway.server.command;

/** Client-supplied text made safe for a log line: printable ASCII, cut short. */
final class LogSafe {
    private static final int MAX = 64;

    private LogSafe() {
    }

    static String name(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX));
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x21 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}

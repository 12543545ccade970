package dev.spillway.server.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted IMAP exchange, one step a line:
 * <ul>
 *   <li>{@code C: text} sends text and CRLF on the current connection;
 *   <li>{@code S: text} expects the next line from the server to be exactly text;
 *   <li>{@code S~ regex} expects the next line to match the regex; named groups are captured
 *       and {@code ${name}} in later lines is replaced by the captured value;
 *   <li>{@code == name [tls]} switches to connection {@code name}, opening it (over implicit
 *       TLS with {@code tls}) and checking its greeting on first use;
 *   <li>{@code !starttls} starts TLS on the current connection (after the server's OK);
 *   <li>{@code !closed} expects the server to have closed the current connection;
 *   <li>{@code #} starts a comment; blank lines are ignored.
 * </ul>
 * The first connection is {@code a}, opened implicitly.
 */
public record Transcript(String name, List<Step> steps) {
    /** One line of a transcript, with its line number for messages. */
    public record Step(int line, String kind, String text) {
    }

    public static Transcript read(Path file) throws IOException {
        List<Step> steps = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("C: ") || line.startsWith("S: ") || line.startsWith("S~ ")) {
                steps.add(new Step(i + 1, line.substring(0, 2), line.substring(3)));
            } else if (line.equals("C:") || line.equals("S:")) {
                steps.add(new Step(i + 1, line, ""));
            } else if (line.startsWith("== ")) {
                steps.add(new Step(i + 1, "==", line.substring(3).trim()));
            } else if (line.startsWith("!")) {
                steps.add(new Step(i + 1, "!", line.substring(1).trim()));
            } else {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": a line starts with C:, S:, S~, ==, ! or #");
            }
        }
        return new Transcript(file.getFileName().toString(), steps);
    }
}

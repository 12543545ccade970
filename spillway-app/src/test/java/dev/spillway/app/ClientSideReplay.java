package dev.spillway.app;

import dev.spillway.server.testing.Transcript;
import dev.spillway.server.testing.Transcript.Step;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays only the client side of a {@link Transcript} against any IMAP server and records
 * every response each connection gets. The {@code S:} lines, written for Spillway, are not
 * checked; they serve as hints only: a value a named group of an {@code S~} line captures is
 * looked for in the responses to the command before it, and {@code S} lines right after a
 * switch of connection mean the server pushes responses there (IDLE), which are collected
 * until the connection has been quiet for a while, so that each run sees them at the same
 * point.
 *
 * <p>Each command is sent, literals and all, and then the tagged response (or a continuation
 * request) awaited. A synchronizing literal waits for the server's {@code +}; if the server
 * refuses the command instead, the rest of it is not sent, nor anything once the server has
 * closed the connection. The transcripts log in as
 * {@code demo}: the replay logs in as {@code user} instead, so each run has its own account.
 */
final class ClientSideReplay {
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)(\\+?)}$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<(\\w+)>");
    private static final Pattern LOGIN = Pattern.compile("^(\\S+ LOGIN) demo ");
    private static final long PUSH_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(700);

    private final int port;
    private final String user;
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final Map<String, String> captured = new HashMap<>();
    private Session current;

    ClientSideReplay(int port, String user) {
        this.port = port;
        this.user = user;
    }

    /** Every response by connection name, in the order the connections were opened. */
    Map<String, List<String>> play(Transcript transcript) throws IOException {
        List<Step> steps = transcript.steps();
        try {
            for (int i = 0; i < steps.size(); i++) {
                String where = transcript.name() + ":" + steps.get(i).line() + ": ";
                try {
                    step(steps, i, where);
                } catch (IOException e) {
                    throw new AssertionError(where + e + " after " + current.responses, e);
                }
            }
        } finally {
            for (Session session : sessions.values()) {
                session.lines.close();
            }
        }
        Map<String, List<String>> responses = new LinkedHashMap<>();
        sessions.forEach((name, session) -> responses.put(name, session.responses));
        return responses;
    }

    private void step(List<Step> steps, int i, String where) throws IOException {
        Step step = steps.get(i);
        if (current == null && !step.kind().equals("==")) {
            switchTo("a", where);
        }
        switch (step.kind()) {
            case "==" -> {
                switchTo(step.text(), where);
                if (i + 1 < steps.size() && steps.get(i + 1).kind().startsWith("S")) {
                    current.collectPushed();
                }
            }
            case "C:" -> current.client(substitute(step.text(), where));
            case "S~" -> capture(step.text());
            case "S:" -> {
                // Spillway's exact answer: not Dovecot's, so only the hint above uses it.
            }
            case "!" -> {
                if (!step.text().equals("closed")) {
                    throw new AssertionError(where + "cannot replay !" + step.text());
                }
                current.readToEnd();
            }
            default -> throw new IllegalStateException(step.kind());
        }
    }

    private void switchTo(String spec, String where) throws IOException {
        String[] words = spec.split("\\s+");
        if (words.length > 1) {
            throw new AssertionError(where + "cannot replay a TLS connection");
        }
        current = sessions.get(words[0]);
        if (current == null) {
            current = new Session(ImapLines.connect(port));
            sessions.put(words[0], current);
        }
    }

    /** Named groups of the regex, matched against the start of a response just received. */
    private void capture(String regex) {
        Matcher groups = GROUP.matcher(regex);
        int end = -1;
        List<String> names = new ArrayList<>();
        while (groups.find()) {
            names.add(groups.group(1));
            end = closingParen(regex, groups.start());
        }
        if (names.isEmpty()) {
            return;
        }
        // The text after the last group is Spillway's wording; the server may word it its way.
        Pattern prefix = Pattern.compile(regex.substring(0, end + 1));
        for (String response : current.lastResponses) {
            Matcher matcher = prefix.matcher(response);
            if (matcher.lookingAt()) {
                names.forEach(name -> captured.put(name, matcher.group(name)));
                return;
            }
        }
    }

    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced group in " + regex);
    }

    private String substitute(String text, String where) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = captured.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError(where + "the server's answers gave no "
                        + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return LOGIN.matcher(out).replaceFirst("$1 " + Matcher.quoteReplacement(user) + " ");
    }

    /** One connection: what it received and where its command stands. */
    private static final class Session {
        final ImapLines lines;
        final List<String> responses = new ArrayList<>();
        List<String> lastResponses = List.of();
        /** The tag of the command being sent or awaiting continuation data; null between. */
        String tag;
        /** Octets of the current literal still to come. */
        long literal;
        /** The server refused the command before its literal: drop the rest of it. */
        boolean dropping;

        Session(ImapLines lines) throws IOException {
            this.lines = lines;
            record(List.of(lines.readResponse()));
        }

        void client(String text) throws IOException {
            if (closed()) {
                return;
            }
            if (tag == null) {
                tag = text.split(" ", 2)[0];
            }
            if (!dropping) {
                lines.send(text);
            }
            byte[] octets = (text + "\r\n").getBytes(StandardCharsets.UTF_8);
            int taken = (int) Math.min(literal, octets.length);
            literal -= taken;
            if (literal > 0 || taken > 0 && taken == octets.length) {
                return;
            }
            String rest = new String(octets, taken, Math.max(0, octets.length - 2 - taken),
                    StandardCharsets.UTF_8);
            Matcher marker = LITERAL.matcher(rest);
            if (marker.find()) {
                literal = Long.parseLong(marker.group(1));
                if (marker.group(2).isEmpty() && !dropping) {
                    dropping = await();
                }
                return;
            }
            if (dropping) {
                dropping = false;
                tag = null;
            } else if (await()) {
                tag = null;
            }
        }

        /** Reads to the tagged response or a continuation request: true for the former. */
        private boolean await() throws IOException {
            List<String> got = lines.readUntil(tag, true);
            record(got);
            return !got.get(got.size() - 1).startsWith("+");
        }

        void collectPushed() throws IOException {
            List<String> got = new ArrayList<>();
            long start = System.nanoTime();
            long last = start;
            while (got.isEmpty() ? System.nanoTime() - start < PUSH_WAIT_NANOS
                    : System.nanoTime() - last < QUIET_NANOS) {
                if (lines.hasInput()) {
                    got.add(lines.readResponse());
                    last = System.nanoTime();
                } else {
                    pause();
                }
            }
            responses.addAll(got);
        }

        void readToEnd() throws IOException {
            List<String> got = new ArrayList<>();
            for (String r = lines.readResponse(); r != null; r = lines.readResponse()) {
                got.add(r);
            }
            got.add(ImapLines.CLOSED);
            record(got);
        }

        /** Whether the server closed the connection (after a BYE): the rest is not sent. */
        private boolean closed() {
            return !responses.isEmpty()
                    && responses.get(responses.size() - 1).equals(ImapLines.CLOSED);
        }

        private void record(List<String> got) {
            responses.addAll(got);
            lastResponses = got;
        }

        private static void pause() throws InterruptedIOException {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while collecting responses");
            }
        }
    }
}

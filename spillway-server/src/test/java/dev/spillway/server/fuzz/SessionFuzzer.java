package dev.spillway.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Drives one connection with generated commands while keeping it in one session state: a
 * command that moves it elsewhere (a login, SELECT, CLOSE, LOGOUT, STARTTLS or COMPRESS that
 * succeeds, or a BYE) is followed by a fresh connection brought back to the state. Checks
 * every answer as it comes; the literals it sent are kept so that the store can be checked
 * for messages nobody sent.
 */
final class SessionFuzzer {

    /** The session state commands are sent in (RFC 9051 §3). */
    enum State { NOT_AUTHENTICATED, AUTHENTICATED, SELECTED }

    static final String USER = "fuzz";
    static final String PASSWORD = "secret";

    /** The server's default for {@code limits.bad-commands}. */
    private static final int BAD_COMMANDS = 10;

    private final TestServer server;
    private final State target;
    private final long seed;
    private final CommandGenerator generator;
    private final Set<String> literalsSent = new HashSet<>();
    private final int[] statuses = new int[3];
    private FuzzClient client;
    private State state;
    private int byes;
    private int badInARow;

    SessionFuzzer(TestServer server, State target, long seed) {
        this.server = server;
        this.target = target;
        this.seed = seed;
        this.generator = new CommandGenerator(new Random(seed));
    }

    /** Sends {@code count} commands, checking each answer. */
    void run(int count) throws IOException {
        connect();
        try {
            for (int i = 0; i < count; i++) {
                step(i);
            }
        } finally {
            client.close();
        }
    }

    /** Tagged OK, NO and BAD answers so far. */
    int[] statuses() {
        return statuses.clone();
    }

    /** Connections the server ended with BYE. */
    int byes() {
        return byes;
    }

    /** Every literal sent, as ISO-8859-1 text. */
    Set<String> literalsSent() {
        return literalsSent;
    }

    private void step(int index) throws IOException {
        FuzzCommand command = generator.next();
        for (FuzzCommand.Segment segment : command.segments()) {
            if (segment.literal() != null) {
                literalsSent.add(new String(segment.literal(), StandardCharsets.ISO_8859_1));
            }
        }
        String sent = "seed " + seed + ", command " + index + " in " + state + ": " + command;
        FuzzClient.Answer answer;
        try {
            answer = client.send(command);
        } catch (IOException e) {
            throw new AssertionError(sent, e);
        }
        String context = sent + "\nanswer: " + answer;

        // An internal error ends a command with NO [SERVERBUG], or, when even that answer
        // cannot be written, the connection with this BYE.
        assertThat(answer.lines()).as(context).noneMatch(l -> l.contains("[SERVERBUG]"))
                .noneMatch(l -> l.startsWith("* BYE Internal error"));
        if (answer.closed()) {
            // When this command is the last bad one the server may close while our bytes
            // still arrive; the reset that follows then destroys its BYE before we read it.
            boolean lastBad = answer.lines().isEmpty() && badInARow == BAD_COMMANDS - 1;
            assertThat(answer.saidBye() || lastBad).as("closed without BYE; " + context)
                    .isTrue();
            byes++;
            reconnect();
            return;
        }
        if (countBad(answer) >= BAD_COMMANDS) {
            // The server says BYE right after the last tagged BAD; read it before writing
            // again, since a write to the closed socket resets it and loses the BYE.
            assertThat(client.drain()).as("after %d bad commands; %s", badInARow, context)
                    .anyMatch(line -> line.startsWith("* BYE"));
            byes++;
            reconnect();
            return;
        }
        String ending = command.tag() == null ? "\\* BAD" : command.tag() + " (OK|NO|BAD)";
        assertThat(answer.tagged()).as(context).matches(ending + "( .*)?")
                .doesNotContain("[SERVERBUG]");
        statuses[List.of("OK", "NO", "BAD").indexOf(answer.tagged().split(" ")[1])]++;
        track(command.name(), answer);
        if (state != target) {
            reconnect();
        }
    }

    /**
     * Counts bad commands in a row as the server does: every BAD, tagged or not, including
     * those of commands that an edit split off from ours, and the framer's refusal of a literal
     * over the limit, which is a NO but counts as bad; any other tagged answer ends a run.
     */
    private int countBad(FuzzClient.Answer answer) {
        List<String> lines = new ArrayList<>(answer.lines());
        lines.add(answer.tagged());
        for (String line : lines) {
            if (line.matches("[^ +]+ (BAD|NO \\[TOOBIG\\] Literal larger than)( .*)?")) {
                badInARow++;
            } else if (line.matches("[^ +*]+ (OK|NO)( .*)?")) {
                badInARow = 0;
            }
        }
        return badInARow;
    }

    /** Follows the session state from the answers (RFC 9051 §6.2, §6.3.2, §6.4.2). */
    private void track(String name, FuzzClient.Answer answer) {
        boolean ok = answer.ok();
        switch (name) {
            case "LOGIN", "AUTHENTICATE" -> state = ok ? State.AUTHENTICATED : state;
            case "SELECT", "EXAMINE" -> state = ok ? State.SELECTED
                    : state == State.SELECTED ? State.AUTHENTICATED : state;
            case "CLOSE", "UNSELECT" -> state = ok ? State.AUTHENTICATED : state;
            case "LOGOUT", "STARTTLS", "COMPRESS" -> state = ok ? null : state;
            default -> {
            }
        }
    }

    private void reconnect() throws IOException {
        client.close();
        connect();
    }

    private void connect() throws IOException {
        client = new FuzzClient(server.imapPort());
        badInARow = 0;
        assertThat(client.greeting()).as("greeting, seed " + seed).startsWith("* OK");
        state = State.NOT_AUTHENTICATED;
        if (target != State.NOT_AUTHENTICATED) {
            expectOk("LOGIN " + USER + " " + PASSWORD);
            state = State.AUTHENTICATED;
        }
        if (target == State.SELECTED) {
            expectOk("SELECT INBOX");
            state = State.SELECTED;
        }
    }

    private void expectOk(String text) throws IOException {
        byte[] line = ("s " + text).getBytes(StandardCharsets.US_ASCII);
        FuzzCommand command = new FuzzCommand("s", text,
                List.of(new FuzzCommand.Segment(line, null, false)));
        FuzzClient.Answer answer = client.send(command);
        assertThat(answer.ok()).as(text + ": " + answer + ", seed " + seed).isTrue();
    }
}

package dev.spillway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code spillway check-id} on every example of TN3189 and on malformed input. */
class CheckIdCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NIL                                                              | foreground
            periodic                                                         | foreground
            periodic,push                                                    | foreground
            back-fill                                                        | background
            periodic,back-fill                                               | background
            back-fill,periodic                                               | background
            indexer                                                          | background
            """)
    void classifiesTheTechnoteEvents(String event, String expected) {
        String value = event.equals("NIL") ? "NIL" : "\"" + event + "\"";
        Run run = run("check-id", "(\"name\" \"com.apple.email.maild\" \"os\" \"iOS\" "
                + "\"vendor\" \"Apple Inc\" \"event\" " + value + ")");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().findFirst()).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            always | NO [UNAVAILABLE]
            auto   | OK  (within_limits)
            observe| OK  (within_limits)
            off    | OK  (mode_off)
            """)
    void showsWhatEachModeAnswers(String mode, String answer) {
        Run run = run("check-id", "(\"name\" \"com.apple.email.maild\" \"event\" \"back-fill\")");

        assertThat(run.out().lines().filter(l -> l.trim().startsWith(mode.trim() + " ")))
                .singleElement().asString().contains(answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            com.apple.email.search-indexer | indexer   | background indexing
            com.apple                      | back-fill | foreground
            com.applesauce.mail            | back-fill | foreground
            Thunderbird                    | indexer   | foreground
            """)
    void onlyAppleMailIsBackground(String name, String event, String activity) {
        Run run = run("check-id", "(\"name\" \"" + name + "\" \"event\" \"" + event + "\")");

        assertThat(run.out()).contains("activity:   " + activity);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ("name" "com.apple.email.maild"
            ("name")
            name
            """)
    void malformedInputExitsNonZeroWithAMessage(String input) {
        Run run = run("check-id", input);

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("not a valid ID argument list");
    }

    @org.junit.jupiter.api.Test
    void rfc2971ViolationIsReportedAsBad() {
        Run run = run("check-id", "(\"name\" \"a\" \"NAME\" \"b\")");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("invalid: a server answers BAD");
    }
}

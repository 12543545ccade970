package dev.spillway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command, found by walking the real command tree, answers {@code --help} and {@code -h}
 * with its usage and exit status 0 and without doing its work: {@code serve} would block, and
 * {@code sim} would run a wave against port 1143.
 */
class HelpOptionsTest {

    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(new CommandLine(new Main()), names);
        return names.stream();
    }

    private static void collect(CommandLine command, List<String> names) {
        names.add(command.getCommandSpec().qualifiedName());
        command.getSubcommands().values().forEach(sub -> collect(sub, names));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandPrintsItsUsage(String qualifiedName) {
        List<String> words = new ArrayList<>(Arrays.asList(qualifiedName.split(" ")));
        words.remove(0);
        for (String help : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(words);
            args.add(help);

            CheckIdCommandTest.Run run = CheckIdCommandTest.run(args.toArray(new String[0]));

            assertThat(run.exit()).as(qualifiedName + " " + help).isZero();
            assertThat(run.out()).as(qualifiedName + " " + help)
                    .containsPattern("(?m)^Usage: " + Pattern.quote(qualifiedName) + "( |$)");
        }
    }

    @Test
    void theTreeHoldsTheKnownCommands() {
        assertThat(commands()).contains("spillway serve", "spillway proxy", "spillway sim",
                "spillway sim seed", "spillway user add", "spillway config defaults",
                "spillway version");
    }

    @Test
    void versionIsPrintedByTheCommandAndByTheOption() {
        CheckIdCommandTest.Run command = CheckIdCommandTest.run("version");
        CheckIdCommandTest.Run option = CheckIdCommandTest.run("--version");
        CheckIdCommandTest.Run onServe = CheckIdCommandTest.run("serve", "-V");

        assertThat(command.exit()).isZero();
        assertThat(command.out()).startsWith("spillway " + Version.value());
        assertThat(option.out()).startsWith("spillway " + Version.value() + "\nJava ");
        assertThat(onServe.exit()).isZero();
        assertThat(onServe.out()).isEqualTo(option.out());
    }
}

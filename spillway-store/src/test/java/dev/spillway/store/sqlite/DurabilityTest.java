package dev.spillway.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.store.MailAccount;
import dev.spillway.store.MessageMeta;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing child process with SIGKILL at an arbitrary moment and checks that every
 * append it acknowledged is there afterwards, and that UIDs go on from where they were.
 */
class DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void acknowledgedAppendsSurviveKillMinusNine() throws Exception {
        try (SqliteMailStore store = TestStores.open(dir)) {
            store.accounts().add("demo", "pw");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppendingChild.class.getName(), dir.toString())
                .redirectError(new File(dir.toFile(), "child.err"))
                .start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while (acknowledged.size() < 150 && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.trim()));
            }
            // SIGKILL while the child is in the middle of further appends. Lines it printed
            // but we did not read are acknowledged too; checking the ones read is enough.
            child.destroyForcibly();
            child.waitFor();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);

        try (SqliteMailStore store = TestStores.open(dir)) {
            MailAccount mail = store.account("demo");
            long inbox = mail.status("INBOX").id();
            Set<Long> present = mail.messages(inbox).stream().map(MessageMeta::uid)
                    .collect(Collectors.toSet());
            assertThat(present).containsAll(acknowledged);
            long next = mail.append("INBOX", TestStores.message("after", "x"), null, null).uid();
            assertThat(next).isGreaterThan(present.stream().mapToLong(Long::longValue).max()
                    .orElse(0));
        }
    }
}

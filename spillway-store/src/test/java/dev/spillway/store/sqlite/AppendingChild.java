package dev.spillway.store.sqlite;

import dev.spillway.store.AppendResult;
import dev.spillway.store.MailAccount;
import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link DurabilityTest}: appends messages forever and prints each UID
 * after its append returned, i.e. after it was committed.
 */
public final class AppendingChild {
    private AppendingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (SqliteMailStore store = TestStores.open(Path.of(args[0]))) {
            MailAccount mail = store.account("demo");
            for (int i = 0; ; i++) {
                AppendResult r = mail.append("INBOX", TestStores.message("m" + i, "x".repeat(i)),
                        null, null);
                System.out.println(r.uid());
                System.out.flush();
            }
        }
    }
}

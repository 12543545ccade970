package dev.spillway.server.crash;

import dev.spillway.server.testing.TestServer;
import java.nio.file.Path;

/**
 * A server in a child JVM for the crash test: starts over the directory given as argument,
 * creates the test account on first start, prints its ports and runs until killed.
 */
public final class CrashTarget {
    private CrashTarget() {
    }

    public static void main(String[] args) throws Exception {
        TestServer server = TestServer.start(Path.of(args[0]));
        if (!server.server().context().store().accounts().exists("crash")) {
            server.user("crash", "secret");
        }
        System.out.println("PORTS " + server.imapPort() + " " + server.lmtpPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}

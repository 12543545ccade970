package dev.spillway.sim.actor;

import dev.spillway.sim.mail.GeneratedMessage;
import dev.spillway.sim.mail.MailMix;
import dev.spillway.sim.mail.MessageFactory;
import dev.spillway.sim.wire.LmtpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Delivers new mail to the foreground users' INBOXes over the target's LMTP port during the
 * run, at random (Poisson) times averaging {@code ratePerSecond}, so IDLE has something to
 * announce.
 */
public final class Deliverer implements Runnable {

    private final RunContext run;
    private final String host;
    private final int port;
    private final int users;
    private final double ratePerSecond;
    private final SplittableRandom random;
    private final MessageFactory messages;

    public Deliverer(RunContext run, String host, int port, int users, double ratePerSecond,
            long seed) {
        this.run = run;
        this.host = host;
        this.port = port;
        this.users = users;
        this.ratePerSecond = ratePerSecond;
        this.random = new SplittableRandom(seed);
        this.messages = new MessageFactory(seed, MailMix.defaults());
    }

    @Override
    public void run() {
        while (run.running()) {
            try (LmtpClient lmtp = LmtpClient.connect(host, port, Duration.ofSeconds(30))) {
                while (run.running()) {
                    double gap = -Math.log(1 - random.nextDouble()) / ratePerSecond;
                    if (!run.pause(Duration.ofNanos((long) (gap * 1e9)))) {
                        return;
                    }
                    int user = random.nextInt(users);
                    GeneratedMessage message = messages.next(run.accounts().address(user));
                    int code = lmtp.deliver("news@lists.example.test",
                            run.accounts().address(user), message.bytes());
                    if (code / 100 == 2) {
                        run.recorder().delivered(System.nanoTime());
                    } else {
                        run.recorder().error(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                if (run.running()) {
                    run.recorder().error(System.nanoTime());
                    run.pause(Duration.ofSeconds(1));
                }
            }
        }
    }
}

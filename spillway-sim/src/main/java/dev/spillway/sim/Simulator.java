package dev.spillway.sim;

import dev.spillway.sim.actor.BackgroundDevice;
import dev.spillway.sim.actor.Deliverer;
import dev.spillway.sim.actor.ForegroundUser;
import dev.spillway.sim.actor.RunContext;
import dev.spillway.sim.report.BackgroundSummary;
import dev.spillway.sim.report.DeviceResult;
import dev.spillway.sim.report.Recorder;
import dev.spillway.sim.report.SecondRow;
import dev.spillway.sim.report.SimSummary;
import dev.spillway.sim.wire.AdminClient;
import dev.spillway.sim.wire.Connector;
import dev.spillway.sim.wire.Loopback;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs the update-wave simulation against a target:
 *
 * <pre>{@code
 * SimReport report = Simulator.run(SimOptions.builder(Target.plain(1143))
 *         .lmtpPort(1024).users(10).devices(100).duration(Duration.ofSeconds(60)).build());
 * report.write(Path.of("target/sim"));
 * }</pre>
 *
 * <p>One platform thread per simulated client, plus one for deliveries and one sampling the
 * admitted background sessions each second. A run ends within a few seconds of its duration:
 * at the deadline every connection is closed and every thread is waited for at most 10 s.
 */
public final class Simulator {

    private static final Duration JOIN_GRACE = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration WARM_UP = Duration.ofSeconds(15);

    private Simulator() {
    }

    /** One run with the given options. */
    public static SimReport run(SimOptions options) throws InterruptedException {
        Loopback.require(options.target().host(), options.allowRemote());
        long start = System.nanoTime();
        int seconds = (int) Math.max(1, options.duration().toSeconds());
        Recorder recorder = new Recorder(start, seconds);
        long deadline = start + options.duration().toNanos();
        RunContext run = new RunContext(new Connector(options.target(), options.timeout()),
                recorder, options.accounts(), deadline);
        SplittableRandom random = new SplittableRandom(options.seed());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.users(); i++) {
            ForegroundUser user = new ForegroundUser(run, new ForegroundUser.Plan(i,
                    options.think(), options.flagShare(), options.moveShare(),
                    random.nextLong()));
            threads.add(start("sim-user-" + i, user));
        }
        if (options.lmtpPort() > 0 && options.users() > 0) {
            threads.add(start("sim-lmtp", new Deliverer(run, options.target().host(),
                    options.lmtpPort(), options.users(), options.deliveriesPerSecond(),
                    random.nextLong())));
        }
        List<BackgroundDevice> devices = new ArrayList<>();
        for (int i = 0; i < options.devices(); i++) {
            Duration offset = options.devices() == 1 ? Duration.ZERO
                    : options.waveRamp().multipliedBy(i).dividedBy(options.devices() - 1);
            BackgroundDevice device = new BackgroundDevice(run, new BackgroundDevice.Plan(i,
                    i, random.nextDouble() < options.indexerShare(),
                    options.waveStart().plus(offset), options.retryDelay(), 0.2,
                    options.batchSize(), random.nextLong()));
            devices.add(device);
            threads.add(start("sim-device-" + i, device));
        }
        Thread sampler = start("sim-sampler", () -> sample(run, recorder, start));
        try {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        } finally {
            run.stop();
            long joinBy = System.nanoTime() + JOIN_GRACE.toNanos();
            for (Thread thread : threads) {
                thread.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
            }
            sampler.interrupt();
            sampler.join(1000);
        }
        return report(options, recorder, seconds, devices);
    }

    /**
     * The comparison: a discarded warm-up, a baseline run without devices, then the same wave
     * with shedding {@code off} and with {@code auto}, switched through {@code admin}; the
     * override is cleared at the end. Runs are labelled {@code baseline}, {@code off} and
     * {@code auto}.
     */
    public static CompareReport compare(SimOptions options, AdminClient admin)
            throws InterruptedException, IOException {
        // A discarded warm-up first, so the baseline does not pay for the target's JIT and
        // caches and look slower than the runs after it.
        Duration warmUp = options.duration().compareTo(WARM_UP) < 0 ? options.duration()
                : WARM_UP;
        run(options.toBuilder().devices(0).duration(warmUp).label("warm-up").build());
        SimReport baseline = run(options.toBuilder().devices(0).label("baseline").build());
        try {
            Thread.sleep(SETTLE.toMillis());
            admin.mode("off");
            SimReport off = run(options.toBuilder().label("off").build());
            Thread.sleep(SETTLE.toMillis());
            admin.mode("auto");
            SimReport auto = run(options.toBuilder().label("auto").build());
            return new CompareReport(baseline, off, auto);
        } finally {
            admin.reset();
        }
    }

    private static SimReport report(SimOptions options, Recorder recorder, int seconds,
            List<BackgroundDevice> devices) {
        List<SecondRow> series = recorder.series(seconds);
        List<DeviceResult> results = devices.stream().map(BackgroundDevice::result).toList();
        long deliveries = series.stream().mapToLong(SecondRow::deliveries).sum();
        long errors = series.stream().mapToLong(SecondRow::errors).sum();
        SimSummary summary = new SimSummary(options.label(), seconds, recorder.foregroundAll(),
                recorder.foregroundByOperation(), BackgroundSummary.of(results, series),
                deliveries, errors);
        return new SimReport(summary, series, results);
    }

    /** Records the admitted background sessions at the end of every second. */
    private static void sample(RunContext run, Recorder recorder, long start) {
        long next = start + 1_000_000_000L - 1_000_000L;
        while (run.running()) {
            long wait = next - System.nanoTime();
            try {
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            } catch (InterruptedException e) {
                return;
            }
            recorder.activeBackground(System.nanoTime(), run.activeBackground().get());
            next += 1_000_000_000L;
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}

package dev.spillway.admin.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillway.admin.Ids;
import dev.spillway.admin.Observability;
import dev.spillway.admin.metrics.Role;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.admin.metrics.SpillwayMetrics;
import dev.spillway.policy.adaptive.SignalReading;
import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.shed.OverloadLevel;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.policy.shed.ShedSession;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in a real browser (Debian's chromium, headless, through chromedriver) over a
 * real policy: a scripted wave of iOS Mail back-fill and indexer IDs runs through the policy
 * while the page polls, and the page must show the numbers {@code /api/status} gives. Leaves a
 * screenshot in {@code target/dashboard.png}.
 */
@Tag("slow")
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TOKEN = "dashboard-token";
    /** How long to wait for the page to catch up; it polls once a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ShedPolicy policy = new ShedPolicy(
            PolicySettings.defaults().withCaps(40, 20, 40).withRate(0, 1));
    private final Observability observability = new Observability(policy, Role.SERVER);
    private final List<ShedSession> sessions = new ArrayList<>();
    private AdminServer server;
    private AdminClient client;
    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("the dashboard test needs " + CHROMIUM + " and "
                    + CHROMEDRIVER + "; install them with: apt-get install -y chromium"
                    + " chromium-driver");
        }
        server = AdminServer.start(AdminOptions.ephemeral(TOKEN), observability);
        client = new AdminClient(server);
        profile = Files.createTempDirectory("spillway-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1500");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1500));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        sessions.forEach(ShedSession::close);
        if (server != null) {
            server.close();
        }
        observability.close();
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void dashboardShowsALiveWaveAndChangesTheMode() throws IOException {
        AtomicReference<SignalReading> latency = new AtomicReference<>(
                new SignalReading("command-latency", 0.002, 0.05, OverloadLevel.NONE));
        observability.watchSignals(() -> List.of(latency.get()));
        browser.get("http://127.0.0.1:" + server.port() + "/");
        waitFor("the first poll", () -> text("mode").equals("auto"));
        latency.set(new SignalReading("command-latency", 0.012, 0.05, OverloadLevel.NONE));
        waitFor("the new reading", () -> text("signal-command-latency")
                .equals("command latency12.0 ms50.0 msnone"));

        for (int step = 1; step <= 6; step++) {
            wave(step, 30);
            long shed = client.status().get("decisionTotals").get("shed").asLong();
            waitFor("shed count " + shed, () -> text("shed-total").equals(String.valueOf(shed)));
        }

        JsonNode status = client.status();
        assertThat(text("admitted-total")).isEqualTo(status.get("admitted").get("total")
                .asText());
        assertThat(text("admitted-total")).isEqualTo("40");
        assertThat(text("sessions-background_back_fill")).isEqualTo(
                status.get("sessions").get("background_back_fill").asText());
        assertThat(text("limit-backgroundCap")).isEqualTo("40");
        List<WebElement> rows = browser.findElements(By.cssSelector("#recent-sheds tbody tr"));
        assertThat(rows).hasSize(status.get("recentSheds").size());
        List<WebElement> newest = rows.get(0).findElements(By.tagName("td"));
        JsonNode newestShed = status.get("recentSheds").get(0);
        assertThat(newest.get(1).getText()).isEqualTo(newestShed.get("clientAddress").asText());
        assertThat(newest.get(2).getText()).isEqualTo(newestShed.get("clientName").asText());
        assertThat(newest.get(4).getText()).isEqualTo("total cap");
        assertThat(browser.findElements(By.cssSelector(".chart .uplot canvas"))).hasSize(3);
        assertThat(text("latency-p99")).endsWith(" ms").isNotEqualTo("– ms");
        screenshot();

        browser.findElement(By.id("control-token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#control-mode option[value=always]")).click();
        browser.findElement(By.id("control-expires")).sendKeys("2h");
        browser.findElement(By.id("control-apply")).click();

        waitFor("mode always", () -> text("mode").equals("always"));
        assertThat(policy.settings().mode()).isEqualTo(ShedMode.ALWAYS);
        assertThat(text("control-message")).isEqualTo("Mode is now always.");
        assertThat(text("override")).startsWith("Run-time override in force until");
    }

    /** {@code count} new connections doing background work, each sending one ID. */
    private void wave(int step, int count) {
        SpillwayMetrics metrics = observability.metrics();
        for (int i = 0; i < count; i++) {
            IdClassification id = i % 4 == 0 ? Ids.indexer() : Ids.backFill();
            ShedSession session = policy.openSession();
            sessions.add(session);
            metrics.connectionOpened();
            observability.idDecided("203.0.113." + (step * count + i) % 250,
                    session.onId(id));
            metrics.sessionClassified(SessionClass.UNCLASSIFIED, SessionClass.of(id));
            metrics.commandCompleted("FETCH", SessionClass.FOREGROUND,
                    (1 + i % 10) * 1_000_000L);
        }
    }

    /** The element's text as the DOM holds it, before CSS such as text-transform. */
    private String text(String id) {
        return browser.findElement(By.id(id)).getDomProperty("textContent").trim();
    }

    /** Waits for the page to catch up, failing after {@link #PATIENCE}. */
    private void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the dashboard never showed " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void screenshot() throws IOException {
        File shot = ((TakesScreenshot) browser)
                .getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "dashboard.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}

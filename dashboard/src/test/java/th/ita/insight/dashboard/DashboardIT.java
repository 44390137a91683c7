package th.ita.insight.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.insight.ingest.demo.DemoStoreBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app in a real browser: the packaged dashboard jar serving a demo store built the way ./ita demo
 * builds it, driven by Debian's Chromium through Playwright (nothing downloaded). Screenshots: target/screenshots.
 */
class DashboardIT {

    static final Path TARGET = Path.of("target");
    static Process app;
    static Playwright playwright;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createDirectories(TARGET.resolve("it-store"));
        Path db = DemoStoreBuilder.build(work.resolve("ita.duckdb"), work.resolve("demo")).store();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://localhost:" + port;
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("ita.dashboard.jar", TARGET.resolve("ita-dashboard.jar").toString());
        app = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-jar", jar,
                "--server.port=" + port, "--ita.db=" + db.toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(TARGET.resolve("it-dashboard.log").toFile()).start();
        waitForHttp(base + "/", Duration.ofSeconds(90));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("ita.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.destroy();
        }
    }

    @Test
    void overviewShowsTheNationalTrendFromTheStoreInThai() throws IOException {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1400).setLocale("th-TH"));
        List<String> failedRequests = new java.util.ArrayList<>();
        page.onRequestFailed(r -> failedRequests.add(r.url()));
        page.navigate(base + "/");
        page.waitForSelector("ita-echart[data-rendered]", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));

        assertThat(page.locator("h1").innerText()).contains("ภาพรวมผลการประเมิน ITA");
        assertThat(page.locator("#synthetic-note").innerText()).contains("สังเคราะห์");
        // the KPI and the table come from the store: FY2568 demo mean calibrated to the published 93.82
        assertThat(page.locator("#kpi-mean .value").innerText()).isEqualTo("93.82");
        assertThat(page.locator("#kpi-agencies .label").innerText()).contains("2568");
        Locator rows = page.locator("#trend-table vaadin-grid-cell-content");
        assertThat(rows.allInnerTexts()).contains("2562", "2568", "66.73", "93.82");
        assertThat(page.locator("ita-echart").getAttribute("aria-label")).contains("คะแนนเฉลี่ย");

        // the Thai font ships with the app and is in use
        Object fontLoaded = page.evaluate("() => document.fonts.check('16px Sarabun')");
        assertThat(fontLoaded).isEqualTo(true);
        // nothing was fetched from outside this machine
        assertThat(failedRequests).noneMatch(u -> !u.startsWith(base));

        Files.createDirectories(TARGET.resolve("screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(TARGET.resolve("screenshots/overview.png")).setFullPage(true));
        page.close();
    }

    @Test
    void anUnknownPageIsAFriendlyMessageNotAStackTrace() {
        Page page = browser.newPage();
        page.navigate(base + "/no-such-view");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
        page.close();
    }

    private static void waitForHttp(String url, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the dashboard exited early; see target/it-dashboard.log");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the dashboard did not answer at " + url + " within " + timeout);
    }
}

package th.ita.insight.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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

/**
 * The packaged dashboard jar, started as its own JVM (-Xmx1g) on a demo store built the way ./ita demo builds it,
 * and Debian's Chromium driven by Playwright (nothing downloaded). Shared by the browser journeys and the benchmark.
 */
final class RunningDashboard implements AutoCloseable {

    static final Path TARGET = Path.of("target");

    final Process app;
    final String base;
    /** the server's console output */
    final Path log;

    private RunningDashboard(Process app, String base, Path log) {
        this.app = app;
        this.base = base;
        this.log = log;
    }

    static RunningDashboard start(String storeFolder, String... extraArgs) throws Exception {
        Path work = Files.createDirectories(TARGET.resolve(storeFolder));
        Path db = DemoStoreBuilder.build(work.resolve("ita.duckdb"), work.resolve("demo")).store();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("ita.dashboard.jar", TARGET.resolve("ita-dashboard.jar").toString());
        List<String> command = new java.util.ArrayList<>();
        // e.g. -Dita.dashboard.cpus=0 (with the test JVM under `taskset -c 1`): server and browsers on separate cores
        String cpus = System.getProperty("ita.dashboard.cpus", "").strip();
        if (!cpus.isEmpty()) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.addAll(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g"));
        // e.g. -Dita.dashboard.jvm-args=-XX:StartFlightRecording=filename=target/rec.jfr to profile the server
        String jvmArgs = System.getProperty("ita.dashboard.jvm-args", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar, "--server.port=" + port, "--ita.db=" + db.toAbsolutePath(), "--ita.demo-users=true"));
        command.addAll(List.of(extraArgs));
        Path log = TARGET.resolve(storeFolder + "-dashboard.log");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RunningDashboard running = new RunningDashboard(app, "http://localhost:" + port, log);
        running.waitForHttp("/", Duration.ofSeconds(90));
        return running;
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return chromium(playwright, Path.of(System.getProperty("ita.chromium", "/usr/bin/chromium")));
    }

    /**
     * A Chromium that only takes the CPU the server leaves (nice 19): for a browser that shares this machine's two
     * cores with the server under load, where a real user's browser would run on the user's own machine.
     */
    static Browser lowPriorityChromium(Playwright playwright) {
        try {
            Path wrapper = TARGET.resolve("chromium-nice.sh");
            Files.writeString(wrapper, "#!/bin/sh\nexec nice -n 19 " + System.getProperty("ita.chromium", "/usr/bin/chromium") + " \"$@\"\n");
            wrapper.toFile().setExecutable(true);
            return chromium(playwright, wrapper.toAbsolutePath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Browser chromium(Playwright playwright, Path executable) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    /** Logs in as a demo user (password = user name), then opens {@code path}. */
    void login(Page page, String user, String path) {
        page.navigate(base + "/login");
        page.waitForSelector("vaadin-login-form input[name='username']");
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(user);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(base + path);
        page.waitForSelector("#current-user:has-text('" + user + "')");
    }

    /** Waits until every chart on the page has finished drawing its current option. */
    static void chartsDrawn(Page page) {
        page.waitForFunction("() => { const c = [...document.querySelectorAll('ita-echart')]; "
                + "return c.length > 0 && c.every(e => e.hasAttribute('data-rendered')); }");
    }

    private void waitForHttp(String path, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NORMAL).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the dashboard exited early; see its log under target/");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the dashboard did not answer at " + base + path + " within " + timeout);
    }

    @Override
    public void close() {
        app.destroy();
    }
}

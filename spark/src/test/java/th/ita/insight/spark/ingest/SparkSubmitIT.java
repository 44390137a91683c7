package th.ita.insight.spark.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.ingest.cli.ItaCommand;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ita ingest --engine spark} as users run it: the job in its own JVM through Spark's SparkSubmit, on
 * {@code local[*]} and on a real standalone cluster (a Spark master and a worker, each its own JVM, the worker
 * starting the executor JVM). Uses the packaged job jar, so it runs after {@code package}.
 */
class SparkSubmitIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path EXAMPLES = ROOT.resolve("datasets/examples");

    @TempDir
    Path dir;

    private final List<Process> cluster = new ArrayList<>();

    @AfterEach
    void stopCluster() {
        cluster.forEach(Process::destroyForcibly);
    }

    @Test
    void itaIngestWithTheSparkEngineLoadsThroughSparkSubmitAndAStrictFailureChangesNothing() throws Exception {
        Path store = dir.resolve("ita.duckdb");
        assertThat(ita("ingest", "--engine", "spark", "--db", store.toString(),
                EXAMPLES.resolve("agencies.csv").toString(), EXAMPLES.resolve("scores.csv").toString())).isZero();
        assertThat(query(store, "SELECT count(*) || ' ' || string_agg(DISTINCT engine, ',') FROM ingest_batch")).isEqualTo("2 spark");
        assertThat(query(store, "SELECT total || ' ' || rating FROM v_agency_year WHERE agency_code = '06310499' AND fiscal_year = 2564"))
                .isEqualTo("58.24 D");

        byte[] before = Files.readAllBytes(store);
        Path bad = dir.resolve("bad-scores.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(EXAMPLES.resolve("scores.csv"), StandardCharsets.UTF_8));
        String[] first = lines.get(1).split(",", -1);
        first[6] = "101";                                                   // ind1 out of range
        lines.set(1, String.join(",", first));
        Files.write(bad, lines, StandardCharsets.UTF_8);
        assertThat(ita("ingest", "--engine", "spark", "--strict", "--db", store.toString(), bad.toString())).isEqualTo(1);
        assertThat(Files.readAllBytes(store)).as("--strict with a reject leaves the store as it was").isEqualTo(before);
    }

    @Test
    void onAStandaloneClusterTheExecutorsRunInTheWorkersJvms() throws Exception {
        String classpath = sparkHome().resolve("jars") + "/*";
        int port = freePort();
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Process master = start(classpath, logs.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        awaitLog(logs.resolve("master.log"), "I have been elected leader", master);
        Process worker = start(classpath, logs.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
                "--work-dir", dir.resolve("worker").toString(), "spark://127.0.0.1:" + port);
        awaitLog(logs.resolve("worker.log"), "Successfully registered with master", worker);

        Path store = dir.resolve("ita.duckdb");
        assertThat(ita("ingest", "--engine", "spark", "--master", "spark://127.0.0.1:" + port, "--db", store.toString(),
                EXAMPLES.resolve("agencies.csv").toString(), EXAMPLES.resolve("responses.csv").toString())).isZero();
        assertThat(query(store, "SELECT count(*) FROM ingest_batch WHERE engine = 'spark' AND rows_loaded > 0")).isEqualTo("2");
        assertThat(query(store, "SELECT count(*) > 0 FROM v_item_result")).isEqualTo("true");
        // the tasks ran in an executor the worker started, not in the driver
        assertThat(Files.readString(logs.resolve("worker.log"))).contains("Launch command");
    }

    private static int ita(String... args) {
        System.setProperty("ita.home", ROOT.toString());
        return ItaCommand.run(args);
    }

    private Process start(String classpath, Path log, String mainClass, String... args) throws IOException {
        Path logConfig = dir.resolve("log4j2-cluster.properties");   // the job jar's own config says only warnings
        Files.writeString(logConfig, """
                rootLogger.level = info
                rootLogger.appenderRef.out.ref = out
                appender.out.type = Console
                appender.out.name = out
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = %p %c{1}: %m%n
                """);
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-Dlog4j2.configurationFile=" + logConfig, "-cp", classpath));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome().toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_DRIVER_BIND_ADDRESS", "127.0.0.1");
        Process p = pb.start();
        cluster.add(p);
        return p;
    }

    /**
     * A Spark installation as the workers need one ({@code $SPARK_HOME/jars}): the jars the build resolved, without
     * ITA Insight's own — the job's classes reach the executors only through spark-submit.
     */
    private Path sparkHome() throws IOException {
        Path home = dir.resolve("spark-home");
        if (Files.isDirectory(home)) {
            return home;
        }
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String jar : Files.readString(ROOT.resolve("spark/target/classpath.txt")).strip().split(java.io.File.pathSeparator)) {
            Path p = Path.of(jar);
            if (!p.getFileName().toString().startsWith("ita-")) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p);
            }
        }
        return home;
    }

    private static void awaitLog(Path log, String text, Process p) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            assertThat(p.isAlive()).as(log + " ended early:\n" + (Files.exists(log) ? Files.readString(log) : "")).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + text + "' in " + log + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String query(Path store, String sql) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), p);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package th.ita.insight.ingest.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.datasets.demo.DemoDataset;
import th.ita.insight.datasets.demo.DemoDatasetGenerator;
import th.ita.insight.ingest.cli.ItaCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 in the middle of a load: the store is exactly as before, and the next load works. */
class KillDuringLoadTest {

    @TempDir
    Path dir;

    @Test
    void killingTheLoaderMidFileLeavesTheStoreUntouched() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        Path small = dir.resolve("one.csv");
        Files.writeString(small, ScoresLoaderTest.HEADER + ScoresLoaderTest.NONGKONG_2564);
        assertThat(ItaCommand.run("ingest", "--db", db.toString(), small.toString())).isZero();
        String before = sha(db);
        DemoDataset big = DemoDatasetGenerator.withDefaults(Set.of("06310499")).generate(dir.resolve("demo"));

        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ItaCommand.class.getName(), "ingest", "--db", db.toString(), big.scoresCsv().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path writing = dir.resolve("ita.duckdb.writing");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(writing) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the load must still be running when it is killed").isTrue();
        Thread.sleep(400);   // inside the load: the copy is open and rows are being appended
        p.destroyForcibly();  // SIGKILL: no shutdown hooks, no rollback code runs
        p.waitFor(30, TimeUnit.SECONDS);

        assertThat(sha(db)).isEqualTo(before);
        try (ItaStore s = ItaStore.openReadOnly(db); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), sum(total) FROM v_agency_year")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getDouble(2)).isEqualTo(58.24);
        }
        // the next load cleans up after the killed one and succeeds
        assertThat(ItaCommand.run("ingest", "--db", db.toString(), big.scoresCsv().toString())).isZero();
        try (ItaStore s = ItaStore.openReadOnly(db); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM v_agency_year")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(54_951);
        }
        assertThat(Files.list(dir).map(f -> f.getFileName().toString()).toList())
                .noneMatch(n -> n.endsWith(".writing") || n.endsWith(".writing.wal"));
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}

package th.ita.insight.spark.ingest;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.StoreWriter;
import th.ita.insight.datasets.demo.DemoDataset;
import th.ita.insight.datasets.demo.DemoDatasetGenerator;
import th.ita.insight.datasets.responses.ResponsesGenerator;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;
import th.ita.insight.ingest.load.RejectRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both engines, same inputs, same store: every table equal (doubles to 1e-9; the lineage's engine and times
 * aside) and the same rejects, in the same order. Spark runs as a real local SparkSession with two cores.
 */
class SparkEngineParityTest {

    static final Path EXAMPLES = Path.of("../datasets/examples");

    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("parity")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void everyExampleFileGivesTheSameStoreOnBothEngines() throws Exception {
        Path embedded = dir.resolve("embedded.duckdb");
        Path onSpark = dir.resolve("spark.duckdb");
        SparkLoad sparkLoad = new SparkLoad(spark, onSpark, dir.resolve("work"), 3);
        for (String kind : List.of("agencies", "scores", "satisfaction", "responses", "measures", "actionplan")) {
            // a Thai name with a space and glob characters, as province offices name their files
            Path file = Files.copy(EXAMPLES.resolve(kind + ".csv"), dir.resolve("ตัวอย่าง " + kind + " [1].csv"));
            LoadResult a = loadEmbedded(embedded, file, kind);
            LoadResult b = sparkLoad.load(file, kind, false, Optional.empty());
            assertSameOutcome(a, b);
            assertThat(b.rowsLoaded()).as(kind).isPositive();
            assertSameStores(embedded, onSpark);   // after every file: a later load must not hide an earlier difference
        }
        // item results (OIT items of FY2564, an unknown item rejected) through both engines
        Path items = dir.resolve("items.csv");
        Files.writeString(items, "fiscal_year,agency_code,indicator,score\n2564,06310499,o1,100\n2564,06310499,o2,0\n"
                + "2564,06310499,o99,50\n", StandardCharsets.UTF_8);
        LoadResult a = loadEmbedded(embedded, items, "scores");
        assertSameOutcome(a, sparkLoad.load(items, "scores", false, Optional.empty()));
        assertThat(a.rejects()).extracting(r -> r.rule()).containsExactly(RejectRule.UNKNOWN_ITEM);
        assertSameStores(embedded, onSpark);
        assertThat(engines(onSpark)).containsOnly("spark");
        assertThat(Files.list(dir.resolve("work"))).as("the hand-off is removed").isEmpty();
    }

    @Test
    void aGeneratedNationalResponsesFileWithBadRowsGivesTheSameStoreOnBothEngines() throws Exception {
        Methodology methodology = Methodology.bundled();
        DemoDataset demo = new DemoDatasetGenerator(20_251L, methodology, Set.of("06310499")).generate(dir.resolve("demo"));
        Path responses = new ResponsesGenerator(methodology, 7L).generate(demo.scoresCsv(), dir.resolve("responses.csv"), 120_000).file();
        int bad = appendBadRows(responses);

        Path embedded = dir.resolve("embedded.duckdb");
        Path onSpark = dir.resolve("spark.duckdb");
        SparkLoad sparkLoad = new SparkLoad(spark, onSpark, dir.resolve("work"), 4);
        // the national scores file (≈55,000 agency-years) registers the agencies, then the answers
        assertSameOutcome(loadEmbedded(embedded, demo.scoresCsv(), "scores"), sparkLoad.load(demo.scoresCsv(), "scores", false, Optional.empty()));
        assertSameStores(embedded, onSpark);
        LoadResult a = loadEmbedded(embedded, responses, "responses");
        LoadResult b = sparkLoad.load(responses, "responses", false, Optional.empty());
        assertSameOutcome(a, b);
        assertThat(b.rejects()).extracting(r -> r.rule()).containsExactlyInAnyOrder(RejectRule.UNKNOWN_ITEM,
                RejectRule.INVALID_ANSWER, RejectRule.UNKNOWN_AGENCY, RejectRule.UNKNOWN_TOOL, RejectRule.DUPLICATE_CONFLICT);
        assertThat(b.rowsRead()).isEqualTo(120_000 + bad);
        assertSameStores(embedded, onSpark);
    }

    @Test
    void aQuotedValueOverSeveralLinesIsRefusedWithItsLineAndTheStoreIsUntouched() throws Exception {
        Path store = dir.resolve("spark.duckdb");
        SparkLoad sparkLoad = new SparkLoad(spark, store, dir.resolve("work"), 2);
        sparkLoad.load(EXAMPLES.resolve("agencies.csv"), "agencies", false, Optional.empty());
        byte[] before = Files.readAllBytes(store);
        Path file = dir.resolve("multiline.csv");
        Files.writeString(file, "agency_code,agency_name,agency_type,province\n"
                + "06310499,\"องค์การบริหารส่วนตำบล\nหนองกง\",อบต.,บุรีรัมย์\n", StandardCharsets.UTF_8);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> sparkLoad.load(file, "agencies", false, Optional.empty())))
                .satisfies(e -> assertThat(SparkIngest.userMessage(e)).contains("multiline.csv: line 2:").contains("--engine duckdb"));
        assertThat(Files.readAllBytes(store)).isEqualTo(before);

        // a quote inside an unquoted value is an ordinary character, as for the embedded engine
        Path inch = dir.resolve("inch.csv");
        Files.writeString(inch, "agency_code,agency_name,agency_type,province\n"
                + "06310499,องค์การบริหารส่วนตำบลหนองกง 5\" ทดสอบ,อบต.,บุรีรัมย์\n", StandardCharsets.UTF_8);
        assertThat(sparkLoad.load(inch, "agencies", false, Optional.empty()).rowsLoaded()).isEqualTo(1);
    }

    @Test
    void aFailedFirstLoadLeavesNoStoreBehind() throws Exception {
        Path store = dir.resolve("never.duckdb");
        Path bad = dir.resolve("bad-agencies.csv");
        Files.writeString(bad, "agency_code,agency_name,agency_type,province\n06310499,หนองกง,อบต.,แอตแลนติส\n", StandardCharsets.UTF_8);
        LoadResult r = new SparkLoad(spark, store, dir.resolve("work"), 2).load(bad, "agencies", true, Optional.empty());
        assertThat(r.status()).isEqualTo(LoadResult.Status.FAILED_STRICT);
        assertThat(r.rejects()).extracting(x -> x.rule()).containsExactly(RejectRule.UNKNOWN_PROVINCE);
        assertThat(store).doesNotExist();
        assertThat(Files.list(dir.resolve("work"))).as("no registry probe or hand-off left").isEmpty();
    }

    @Test
    void aStoreOfAnOlderSchemaIsMigratedBeforeTheSparkLoad() throws Exception {
        Path store = dir.resolve("old.duckdb");
        loadEmbedded(store, EXAMPLES.resolve("agencies.csv"), "agencies");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("DROP TABLE store_build");   // as a store written before schema version 8
            s.execute("DELETE FROM schema_version WHERE version >= 8");
        }
        LoadResult r = new SparkLoad(spark, store, dir.resolve("work"), 2).load(EXAMPLES.resolve("scores.csv"), "scores", false, Optional.empty());
        assertThat(r.status()).isEqualTo(LoadResult.Status.LOADED);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), readOnly());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).as("migrated to the latest schema (V011)").isEqualTo(11);
        }
    }

    private static LoadResult loadEmbedded(Path store, Path file, String kind) {
        return StoreWriter.writeBesideAndSwap(store, s -> Loaders.forKind(kind, s, false).load(file),
                r -> r.status() == LoadResult.Status.LOADED);
    }

    private static void assertSameOutcome(LoadResult embedded, LoadResult spark) {
        String what = embedded.file().getFileName().toString();
        assertThat(spark.status()).as(what).isEqualTo(embedded.status());
        assertThat(spark.rowsRead()).as(what).isEqualTo(embedded.rowsRead());
        assertThat(spark.rowsLoaded()).as(what).isEqualTo(embedded.rowsLoaded());
        assertThat(spark.rejects()).as(what).isEqualTo(embedded.rejects());
        assertThat(spark.warnings()).as(what).isEqualTo(embedded.warnings());
    }

    /** Appends rows that break each rule a response can break, plus an identical repeat; returns how many. */
    private static int appendBadRows(Path responses) throws IOException {
        List<String> lines = Files.readAllLines(responses, StandardCharsets.UTF_8);
        java.util.Map<String, String[]> firstAnswer = new java.util.HashMap<>();
        String[] first = null;
        String[] other = null;   // the same item of the same agency-year answered differently by another respondent
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            String key = f[0] + "|" + f[1] + "|" + f[2] + "|" + f[4];
            String[] earlier = firstAnswer.putIfAbsent(key, f);
            if (earlier != null && !earlier[5].equals(f[5])) {
                first = earlier;
                other = f;
                break;
            }
        }
        assertThat(other).as("two different answers to one item").isNotNull();
        List<String> bad = new ArrayList<>();
        bad.add(String.join(",", first));                                                   // identical repeat: dropped
        bad.add(String.join(",", first[0], first[1], first[2], first[3], first[4], other[5], first[6]));  // conflict
        bad.add(String.join(",", first[0], first[1], first[2], "x1", "i999", first[5], first[6]));       // unknown item
        bad.add(String.join(",", first[0], first[1], first[2], "x2", first[4], "banana", first[6]));     // invalid answer
        bad.add(String.join(",", first[0], "99999999", first[2], "x3", first[4], first[5], first[6]));   // unknown agency
        bad.add(String.join(",", first[0], first[1], "XIT", "x4", first[4], first[5], first[6]));        // unknown tool
        Files.write(responses, bad, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return bad.size();
    }

    private static List<String> engines(Path store) throws SQLException {
        List<String> engines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), readOnly());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT engine FROM ingest_batch")) {
            while (rs.next()) {
                engines.add(rs.getString(1));
            }
        }
        return engines;
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    /** Every table of the two stores holds the same rows (doubles to 1e-9), lineage times and engine aside. */
    static void assertSameStores(Path a, Path b) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + a.toAbsolutePath() + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + b.toAbsolutePath() + "' AS b (READ_ONLY)");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = 'a' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("indicator_score", "agency", "ingest_batch");
            // what the loads wrote first, then what is derived from it
            java.util.List<String> derived = List.of("agency_year_total", "agency_indicator_year", "agency_year_peer");
            tables.sort(java.util.Comparator.comparing((String t) -> derived.indexOf(t)));
            for (String t : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name FROM duckdb_columns() WHERE database_name = 'a' AND table_name = '"
                        + t + "' AND data_type NOT LIKE 'TIMESTAMP%' AND column_name <> 'engine' ORDER BY column_index")) {
                    while (rs.next()) {
                        columns.add('"' + rs.getString(1) + '"');
                    }
                }
                String select = String.join(", ", columns);
                List<List<Object>> left = rows(s, "SELECT " + select + " FROM a." + t + " ORDER BY ALL");
                List<List<Object>> right = rows(s, "SELECT " + select + " FROM b." + t + " ORDER BY ALL");
                assertThat(right).as(t + " rows").hasSameSizeAs(left);
                for (int i = 0; i < left.size(); i++) {
                    for (int j = 0; j < columns.size(); j++) {
                        Object x = left.get(i).get(j);
                        Object y = right.get(i).get(j);
                        boolean same = x instanceof Double dx && y instanceof Double dy
                                ? Math.abs(dx - dy) <= 1e-9 : java.util.Objects.equals(x, y);
                        if (!same) {   // (AssertJ on every one of millions of cells would take minutes)
                            assertThat(y).as(t + " row " + i + " " + columns.get(j) + ": " + left.get(i)).isEqualTo(x);
                        }
                    }
                }
            }
        }
    }

    private static List<List<Object>> rows(Statement s, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof java.sql.Array arr ? java.util.Arrays.asList((Object[]) arr.getArray()) : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}

package th.ita.insight.ingest.load;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.datasets.demo.DemoDatasetGenerator;
import th.ita.insight.datasets.responses.ResponsesGenerator;
import th.ita.insight.ingest.source.TabularFile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The one-scan path for response files ({@link ResponsesInOneScan}) against the row-by-row path, on real DuckDB
 * files: a file the scan proves clean must give exactly what row by row gives, and every file it cannot prove clean
 * must go row by row (same rejects, same lines).
 */
class ResponsesInOneScanTest {

    static final String HEADER = "fiscal_year,agency_code,tool,respondent_id,item,answer\n";
    /** Respondent R1 of Nong Kong's IIT 2564, items i1–i6 (i6 yes/no), canonical as the validator stages them. */
    static final String R1 = "2564,06310499,IIT,R1,i1,4\n2564,06310499,IIT,R1,i2,3\n2564,06310499,IIT,R1,i3,2\n"
            + "2564,06310499,IIT,R1,i4,1\n2564,06310499,IIT,R1,i5,4\n2564,06310499,IIT,R1,i6,ไม่ใช่\n";
    static final String R2 = "2564,06310499,IIT,R2,i1,1\n2564,06310499,IIT,R2,i2,2\n2564,06310499,EIT,U1,e1,4\n";

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    /** Nong Kong's store, made once and copied for each file. */
    static Path template;

    @BeforeAll
    static void nongKong() throws Exception {
        template = ScoresLoaderTest.storeWithNongKong2564(shared);
    }

    @Test
    void aGeneratedFileIsCountedInOneScanAndGivesWhatRowByRowGives() throws Exception {
        Path demo = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, Methodology.bundled(), Set.of("06310499"))
                .generate(dir.resolve("demo")).scoresCsv();
        Path responses = dir.resolve("responses.csv");
        new ResponsesGenerator(Methodology.bundled(), 11).generate(demo, responses, 20 * 1050);
        Path scanned = dir.resolve("scan.duckdb");
        Path rows = dir.resolve("rows.duckdb");
        try (ItaStore s = ItaStore.openReadWrite(scanned)) {
            assertThat(new ScoresLoader(s, Methodology.bundled(), false).load(demo).status()).isEqualTo(LoadResult.Status.LOADED);
            assertThat(ResponsesInOneScan.scan(s.connection(), TabularFile.open(responses), Methodology.bundled(), f -> { }))
                    .as("the generated file is clean: one scan proves it")
                    .contains(new ResponsesInOneScan.Scanned(21_000, true));
            ResponsesInOneScan.dropScratch(s.connection());
        }
        Files.copy(scanned, rows);
        LoadResult a = load(scanned, responses, false);
        LoadResult b = load(rows, responses, true);
        assertThat(a.rowsRead()).isEqualTo(b.rowsRead()).isEqualTo(21_000);
        assertThat(a.rowsLoaded()).isEqualTo(b.rowsLoaded()).isEqualTo(21_000);
        assertThat(a.rejects()).isEmpty();
        assertSameStore(scanned, rows);
        assertThat(scalar(scanned, "SELECT count(*) FROM item_result WHERE respondents IS NOT NULL")).isEqualTo("900");
        StoreInvariants.assertKeysUnique(scanned);
        // loading the same file again changes nothing, whichever path would read it
        assertThat(load(scanned, responses, false).status()).isEqualTo(LoadResult.Status.SKIPPED_ALREADY_LOADED);
    }

    static Stream<Arguments> files() {
        String bom = "\uFEFF";
        return Stream.of(
                // name, file name, content, encoding, whether one scan takes it (empty: either, but the same result)
                arguments("canonical", "clean.csv", HEADER + R1 + R2, StandardCharsets.UTF_8, Optional.of(true)),
                arguments("BOM and CRLF", "bom.csv", (bom + HEADER + R1 + R2).replace("\n", "\r\n"), StandardCharsets.UTF_8, Optional.of(true)),
                arguments("TSV", "tab.tsv", (HEADER + R1 + R2).replace(',', '\t'), StandardCharsets.UTF_8, Optional.of(true)),
                arguments("quoted fields", "quoted.csv", HEADER + R1 + "\"2564\",\"06310499\",\"IIT\",\"R2\",\"i1\",\"1\"\n",
                        StandardCharsets.UTF_8, Optional.of(true)),
                arguments("Thai headers", "thai-header.csv", "ปีงบประมาณ,รหัสหน่วยงาน,เครื่องมือ,รหัสผู้ตอบ,ข้อ,คำตอบ\n" + R1,
                        StandardCharsets.UTF_8, Optional.of(true)),
                arguments("is_synthetic on some rows", "synthetic.csv", "fiscal_year,agency_code,tool,respondent_id,item,answer,is_synthetic\n"
                        + "2564,06310499,IIT,R1,i1,4,true\n2564,06310499,IIT,R1,i2,4,false\n", StandardCharsets.UTF_8, Optional.of(true)),
                arguments("Thai digits", "thai-digits.csv", HEADER + R1 + "๒๕๖๔,06310499,IIT,R2,i1,๔\n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("year in ค.ศ.", "ce.csv", HEADER + R1 + "2021,06310499,IIT,R2,i1,4\n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("padded respondent id (the same person as R1)", "padded.csv", HEADER + R1 + "2564,06310499,IIT, R1 ,i1,1\n",
                        StandardCharsets.UTF_8, Optional.of(false)),
                arguments("no respondent id", "no-id.csv", HEADER + R1 + "2564,06310499,IIT,,i1,1\n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("the same answer twice", "repeat.csv", HEADER + R1 + "2564,06310499,IIT,R1,i1,4\n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("a different answer the second time", "conflict.csv", HEADER + R1 + "2564,06310499,IIT,R1,i1,1\n",
                        StandardCharsets.UTF_8, Optional.of(false)),
                arguments("the same id in the other tool is another person", "two-tools.csv", HEADER + R1 + "2564,06310499,EIT,R1,e1,1\n",
                        StandardCharsets.UTF_8, Optional.of(true)),
                arguments("unknown agency", "agency.csv", HEADER + R1 + "2564,09999999,IIT,R9,i1,4\n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("answer in capitals", "caps.csv", HEADER + R1.replace("i6,ไม่ใช่", "i6,No"), StandardCharsets.UTF_8, Optional.of(false)),
                arguments("answer off the scale", "off-scale.csv", HEADER + R1 + "2564,06310499,IIT,R2,i1,5\n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("a row with an extra field", "ragged.csv", HEADER + R1 + "2564,06310499,IIT,R2,i1,4,x\n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("a blank line inside", "blank.csv", HEADER + R1 + "\n" + R2, StandardCharsets.UTF_8, Optional.empty()),
                arguments("empty rows at the end (Excel)", "trailing.csv", HEADER + R1 + ",,,,,\n,,,,,\n", StandardCharsets.UTF_8, Optional.of(true)),
                arguments("a row of spaces", "spaces.csv", HEADER + R1 + " , , , , , \n", StandardCharsets.UTF_8, Optional.of(false)),
                arguments("Windows-874", "tis620.csv", HEADER + R1, Charset.forName("x-windows-874"), Optional.of(false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileTheScanCannotProveCleanGoesRowByRowAndBothPathsAgree(String name, String fileName, String content, Charset encoding,
                                                                   Optional<Boolean> oneScan) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, content, encoding);
        Path scanned = Files.copy(template, dir.resolve("a.duckdb"));
        Path rows = Files.copy(template, dir.resolve("b.duckdb"));
        if (oneScan.isPresent()) {
            try (ItaStore s = ItaStore.openReadWrite(scanned)) {
                assertThat(ResponsesInOneScan.scan(s.connection(), TabularFile.open(file), Methodology.bundled(), f -> { }).isPresent())
                        .as(name).isEqualTo(oneScan.get());
                ResponsesInOneScan.dropScratch(s.connection());
            }
        }
        LoadResult a = load(scanned, file, false);
        LoadResult b = load(rows, file, true);
        assertThat(a.status()).isEqualTo(b.status());
        assertThat(a.rowsRead()).isEqualTo(b.rowsRead());
        assertThat(a.rowsLoaded()).isEqualTo(b.rowsLoaded());
        assertThat(a.rejects()).isEqualTo(b.rejects());
        assertThat(a.warnings()).isEqualTo(b.warnings());
        assertSameStore(scanned, rows);
        StoreInvariants.assertKeysUnique(scanned);
    }

    private static LoadResult load(Path db, Path file, boolean rowByRow) {
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            ResponsesLoader loader = new ResponsesLoader(s, Methodology.bundled(), false);
            return (rowByRow ? loader.rowByRow() : loader).load(file);
        }
    }

    /** Both stores hold the same scores (to 1e-9), items, totals and lineage counts. */
    private static void assertSameStore(Path a, Path b) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + a + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + b + "' AS b (READ_ONLY)");
            String[][] tables = {
                    {"item_result", "fiscal_year, agency_code, tool, item", "x.score", "x.respondents"},
                    {"indicator_score", "fiscal_year, agency_code, indicator", "x.score", "0"},
                    {"tool_score", "fiscal_year, agency_code, tool", "x.score", "0"},
                    {"agency_year_total", "fiscal_year, agency_code", "x.total", "x.rating"},
                    {"agency_indicator_year", "fiscal_year, agency_code, indicator", "x.previous", "x.is_highest"}};
            for (String[] t : tables) {
                String y2 = t[2].replace("x.", "y."), y3 = t[3].replace("x.", "y.");
                try (ResultSet rs = s.executeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE x.fiscal_year IS NULL OR y.fiscal_year IS NULL
                                  OR abs(coalesce(%3$s, -1) - coalesce(%4$s, -1)) > 1e-9 OR %5$s IS DISTINCT FROM %6$s)
                        FROM a.%1$s x FULL JOIN b.%1$s y USING (%2$s)""".formatted(t[0], t[1], t[2], y2, t[3], y3))) {
                    rs.next();
                    assertThat(rs.getLong(2)).as("%s rows that differ between the paths (of %d)", t[0], rs.getLong(1)).isZero();
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*) FROM (SELECT kind, rows_read, rows_loaded, rows_rejected, is_synthetic, file_sha256 FROM a.ingest_batch
                                          EXCEPT ALL
                                          SELECT kind, rows_read, rows_loaded, rows_rejected, is_synthetic, file_sha256 FROM b.ingest_batch)""")) {
                rs.next();
                assertThat(rs.getLong(1)).as("lineage rows that differ").isZero();
            }
        }
    }

    private static String scalar(Path db, String sql) throws SQLException {
        try (ItaStore s = ItaStore.openReadOnly(db); Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package th.ita.insight.ingest.load;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.datasets.demo.DemoDatasetGenerator;
import th.ita.insight.datasets.responses.ResponsesGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Raw IIT/EIT answers scored with the year's questionnaire items, against a real DuckDB file. */
class ResponsesLoaderTest {

    static final String HEADER = "fiscal_year,agency_code,tool,respondent_id,item,answer\n";

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void storeWithNongKong() throws IOException {
        db = ScoresLoaderTest.storeWithNongKong2564(dir);
    }

    @Test
    void answersBecomeItemAndIndicatorScoresAndBadRowsAreReportedWithTheirRule() throws Exception {
        // indicator 1 = items i1–i5 (four levels) and i6 (yes/no, reverse-keyed: "have you seen ...?")
        Path f = write("responses.csv", HEADER
                + "2564,06310499,IIT,R1,i1,4\n" + "2564,06310499,IIT,R1,i2,4\n" + "2564,06310499,IIT,R1,i3,3\n"
                + "2564,06310499,IIT,R1,i4,3\n" + "2564,06310499,IIT,R1,i5,2\n" + "2564,06310499,IIT,R1,i6,ไม่ใช่\n"
                + "2564,06310499,IIT,R2,i1,1\n" + "2564,06310499,IIT,R2,i2,2\n" + "2564,06310499,IIT,R2,i3,3\n"
                + "2564,06310499,IIT,R2,i4,4\n" + "2564,06310499,IIT,R2,i5,4\n" + "2564,06310499,IIT,R2,i6,ใช่\n"
                + "2564,06310499,IIT,R1,i1,4\n"            // line 14: the same answer again: dropped
                + "2564,06310499,IIT,R1,i1,1\n"            // line 15: a different answer to the same item
                + "2564,06310499,IIT,R3,i99,4\n"           // unknown item
                + "2564,06310499,IIT,R3,e1,4\n"            // an EIT item under IIT
                + "2564,06310499,IIT,R3,i2,5\n"            // not an answer of a four-level item
                + "2564,06310499,XIT,R3,i2,4\n"            // not a tool
                + "2564,09999999,IIT,R3,i2,4\n"            // not in the registry
                + "2564,06310499,IIT,,i2,4\n");            // no respondent
        LoadResult r = load(f, false);
        assertThat(r.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(r.rowsRead()).isEqualTo(20);
        assertThat(r.rowsLoaded()).isEqualTo(12);
        assertThat(r.rejects()).extracting(Reject::line, Reject::column, Reject::rule).containsExactly(
                tuple(16L, "item", RejectRule.UNKNOWN_ITEM),
                tuple(17L, "item", RejectRule.UNKNOWN_ITEM),
                tuple(18L, "answer", RejectRule.INVALID_ANSWER),
                tuple(19L, "tool", RejectRule.UNKNOWN_TOOL),
                tuple(20L, "agency_code", RejectRule.UNKNOWN_AGENCY),
                tuple(21L, "respondent_id", RejectRule.MISSING_VALUE),
                tuple(15L, "answer", RejectRule.DUPLICATE_CONFLICT));
        assertThat(r.rejects().getLast().message()).contains("line 2");
        // item means: i1 (100+0)/2, i2 (100+33.3)/2, i3 66.7, i4 (66.7+100)/2, i5 (33.3+100)/2, i6 (100+0)/2
        assertThat(scalar("SELECT round(score, 3) || '/' || respondents FROM v_item_result WHERE item = 'i1'")).isEqualTo("50.0/2");
        assertThat(scalar("SELECT indicator FROM v_item_result WHERE item = 'i6'")).isEqualTo("1");
        assertThat(scalar("SELECT score FROM v_indicator_score WHERE agency_code = '06310499' AND fiscal_year = 2564 AND indicator = 1"))
                .isEqualTo("63.89");
        // the file's tool (IIT) is replaced as a whole; EIT and OIT stay as the scores file had them
        assertThat(scalar("SELECT count(*) FROM v_indicator_score WHERE agency_code = '06310499' AND indicator BETWEEN 2 AND 5")).isEqualTo("0");
        assertThat(scalar("SELECT score FROM v_indicator_score WHERE agency_code = '06310499' AND indicator = 6")).isEqualTo("78.17");
        assertThat(scalar("SELECT kind || ' ' || rows_loaded || ' ' || rows_rejected FROM v_ingest_batch WHERE kind = 'responses'"))
                .isEqualTo("responses 12 7");
    }

    @Test
    void thaiHeadersLabelsAndDigitsAreUnderstood() throws Exception {
        Path f = write("ตอบ.csv", "ปีงบประมาณ,รหัสหน่วยงาน,เครื่องมือ,รหัสผู้ตอบ,ข้อ,คำตอบ\n"
                + "๒๕๖๔,๐๖๓๑๐๔๙๙,EIT,ผู้ตอบ 1,e1,มากที่สุด\n"
                + "๒๕๖๔,๐๖๓๑๐๔๙๙,EIT,ผู้ตอบ 2,e1,๓\n");
        assertThat(Loaders.detectKind(f)).isEqualTo("responses");
        LoadResult r = load(f, true);
        assertThat(r.rejects()).isEmpty();
        assertThat(scalar("SELECT round(score, 2) FROM v_item_result WHERE item = 'e1'")).isEqualTo("83.33");
    }

    @Test
    void strictRefusesTheWholeFileOnOneBadAnswer() throws Exception {
        String before = scalar("SELECT string_agg(indicator || '=' || score, ',' ORDER BY indicator) FROM v_indicator_score");
        Path f = write("strict.csv", HEADER + "2564,06310499,IIT,R1,i1,4\n" + "2564,06310499,IIT,R1,i2,maybe\n");
        LoadResult r = load(f, true);
        assertThat(r.status()).isEqualTo(LoadResult.Status.FAILED_STRICT);
        assertThat(scalar("SELECT string_agg(indicator || '=' || score, ',' ORDER BY indicator) FROM v_indicator_score")).isEqualTo(before);
        assertThat(scalar("SELECT count(*) FROM v_item_result")).isEqualTo("0");
    }

    @Test
    void generatedResponsesScoreBackToTheDemoIndicatorScores() throws Exception {
        Path demo = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, Methodology.bundled(), Set.of("06310499"))
                .generate(dir.resolve("demo")).scoresCsv();
        Path responses = dir.resolve("responses.csv");
        // 4 agency-years: 20 staff × 30 IIT items + 30 users × 15 EIT items each
        var written = new ResponsesGenerator(Methodology.bundled(), 7).generate(demo, responses, 4 * 1050);
        assertThat(written.rows()).isEqualTo(4200);
        assertThat(written.agencyYears()).isEqualTo(4);
        Map<String, Double> expected = new HashMap<>();
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(demo, StandardCharsets.UTF_8)) {
            csv.forEach(rec -> {
                for (int i = 1; i <= 8; i++) {
                    expected.put(rec.getField("fiscal_year") + "|" + rec.getField("agency_code") + "|" + i,
                            rec.getField("ind" + i).isBlank() ? Double.NaN : Double.parseDouble(rec.getField("ind" + i)));
                }
            });
        }
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            assertThat(new ScoresLoader(s, Methodology.bundled(), false).load(demo).status()).isEqualTo(LoadResult.Status.LOADED);
            LoadResult r = new ResponsesLoader(s, Methodology.bundled(), true).load(responses);
            assertThat(r.rejects()).isEmpty();
            assertThat(r.rowsLoaded()).isEqualTo(4200);
            int compared = 0;
            try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT s.fiscal_year, s.agency_code, s.indicator, s.score FROM v_indicator_score s
                    JOIN (SELECT DISTINCT fiscal_year, agency_code FROM v_item_result) r USING (fiscal_year, agency_code)
                    WHERE s.indicator <= 8""")) {
                while (rs.next()) {
                    double want = expected.get(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getInt(3));
                    // 120–150 answers per indicator: the sampling SD of the mean is about 2–3 points
                    assertThat(rs.getDouble(4)).isCloseTo(want, org.assertj.core.data.Offset.offset(12.0));
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(4 * 8);
        }
    }

    private LoadResult load(Path f, boolean strict) {
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            return new ResponsesLoader(s, Methodology.bundled(), strict).load(f);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private String scalar(String sql) throws SQLException {
        try (ItaStore s = ItaStore.openReadOnly(db); Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}

package th.ita.insight.ingest.load;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceException;
import th.ita.insight.ingest.source.TabularFile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scores loader against a real DuckDB file: what it takes, what it rejects and why, and what it never leaves behind. */
class ScoresLoaderTest {

    static final String HEADER = "fiscal_year,agency_code,agency_name,agency_type,province,district,"
            + "ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10\n";
    static final String NONGKONG_2564 = "2564,06310499,องค์การบริหารส่วนตำบลหนองกง,อบต.,บุรีรัมย์,นางรอง,"
            + "87.54,79.61,81.97,74.84,77.31,78.17,77.55,77.42,29.24,25.00\n";

    /** A new store in {@code dir} holding อบต.หนองกง's published FY2564 scores (so the agency is registered); its path. */
    static Path storeWithNongKong2564(Path dir) throws java.io.IOException {
        Path db = dir.resolve("ita.duckdb");
        Path scores = dir.resolve("scores-nongkong-2564.csv");
        Files.writeString(scores, HEADER + NONGKONG_2564, StandardCharsets.UTF_8);
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            new ScoresLoader(s, th.ita.insight.analytics.methodology.Methodology.bundled(), false).load(scores);
        }
        return db;
    }

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void store() {
        db = dir.resolve("ita.duckdb");
        ItaStore.openReadWrite(db).close();
    }

    @Test
    void loadsValidRowsAndReportsEachBadOneWithLineColumnAndRule() throws IOException, SQLException {
        Path f = write("mixed.csv", HEADER
                + NONGKONG_2564
                + "2564,06310401,องค์การบริหารส่วนตำบลทดสอบ,อบต.,บุรีรัมย์,นางรอง,101,80,80,80,80,80,80,80,80,80\n"
                + "2564,06310402,องค์การบริหารส่วนตำบลทดสอบสอง,อบต.,บุรีรัมย์,นางรอง,80,abc,80,80,80,80,80,80,80,80\n"
                + "2564,06310403,เทศบาลตำบลทดสอบ,ทต.,แอตแลนติส,นางรอง,80,80,80,80,80,80,80,80,80,80\n"
                + "2564,09999999,,,,,80,80,80,80,80,80,80,80,80,80\n"
                + "2555,06310404,อบต.ก,อบต.,บุรีรัมย์,นางรอง,80,80,80,80,80,80,80,80,80,80\n"
                + "2564,06310499,องค์การบริหารส่วนตำบลหนองกง,อบต.,บุรีรัมย์,นางรอง,1,2,3,4,5,6,7,8,9,10\n"
                + ",,,,,,,,,,,,,,,\n");
        LoadResult r = load(f, false);
        assertThat(r.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(r.rowsRead()).isEqualTo(7);
        assertThat(r.rowsLoaded()).isEqualTo(10);
        assertThat(r.rejects()).extracting(Reject::line, Reject::column, Reject::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "ind1", RejectRule.SCORE_OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple(4L, "ind2", RejectRule.UNPARSEABLE_NUMBER),
                org.assertj.core.groups.Tuple.tuple(5L, "province", RejectRule.UNKNOWN_PROVINCE),
                org.assertj.core.groups.Tuple.tuple(6L, "agency_code", RejectRule.UNKNOWN_AGENCY),
                org.assertj.core.groups.Tuple.tuple(7L, "fiscal_year", RejectRule.YEAR_OUTSIDE_METHODOLOGY),
                org.assertj.core.groups.Tuple.tuple(8L, "agency_code", RejectRule.DUPLICATE_CONFLICT));
        assertThat(r.rejects()).allSatisfy(j -> assertThat(j.file()).isEqualTo("mixed.csv"));
        assertThat(r.rejectReport()).isPresent();
        assertThat(Files.readString(r.rejectReport().get())).contains("mixed.csv,3,ind1,101,SCORE_OUT_OF_RANGE");
        assertThat(scalar("SELECT total FROM v_agency_year WHERE agency_code = '06310499'")).isEqualTo("58.24");
        assertThat(scalar("SELECT rows_rejected FROM v_ingest_batch")).isEqualTo("6");
    }

    @Test
    void strictRejectsTheWholeFileAndLeavesTheStoreUnchanged() throws IOException, SQLException {
        load(write("good.csv", HEADER + NONGKONG_2564), false);
        String before = fingerprint();
        Path bad = write("bad.csv", HEADER
                + "2563,06310499,องค์การบริหารส่วนตำบลหนองกง,อบต.,บุรีรัมย์,นางรอง,86.96,78.11,83.07,78.23,79.14,74.03,66.66,71.11,60.82,31.25\n"
                + "2563,06310401,องค์การบริหารส่วนตำบลทดสอบ,อบต.,บุรีรัมย์,นางรอง,80,80,80,80,80,80,80,80,80,-1\n");
        LoadResult r = load(bad, true);
        assertThat(r.status()).isEqualTo(LoadResult.Status.FAILED_STRICT);
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(3);
            assertThat(j.column()).isEqualTo("ind10");
        });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void reloadingTheSameFileChangesNothingAndACorrectedFileReplacesTheAgencyYear() throws IOException, SQLException {
        Path f = write("a.csv", HEADER + NONGKONG_2564);
        assertThat(load(f, false).status()).isEqualTo(LoadResult.Status.LOADED);
        String before = fingerprint();
        LoadResult again = load(f, false);
        assertThat(again.status()).isEqualTo(LoadResult.Status.SKIPPED_ALREADY_LOADED);
        assertThat(fingerprint()).isEqualTo(before);

        Path corrected = write("a-corrected.csv", HEADER + NONGKONG_2564.replace("29.24", "39.24"));
        LoadResult c = load(corrected, false);
        assertThat(scalar("SELECT score FROM indicator_score WHERE indicator = 9")).isEqualTo("39.24");
        assertThat(scalar("SELECT count(*) FROM indicator_score")).isEqualTo("10");
        assertThat(scalar("SELECT DISTINCT batch_id FROM indicator_score")).isEqualTo(c.batchId().orElseThrow().toString());
    }

    @Test
    void thaiHeadersThaiDigitsBomAndGregorianYears() throws IOException, SQLException {
        String thai = "\uFEFFปีงบประมาณ,รหัสหน่วยงาน,ชื่อหน่วยงาน,ประเภท,จังหวัด,อำเภอ,ตัวชี้วัดที่ 1,ตัวชี้วัดที่ 2,ตัวชี้วัดที่ 3,"
                + "ตัวชี้วัดที่ 4,ตัวชี้วัดที่ 5,ตัวชี้วัดที่ 6,ตัวชี้วัดที่ 7,ตัวชี้วัดที่ 8,ตัวชี้วัดที่ 9,ตัวชี้วัดที่ ๑๐\n"
                + "2021,๐๖๓๑๐๔๙๙,องค์การบริหารส่วนตำบลหนองกง,องค์การบริหารส่วนตำบล,จังหวัดบุรีรัมย์,นางรอง,"
                + "๘๗.๕๔,79.61,81.97,74.84,77.31,78.17,77.55,77.42,29.24,25\n";
        LoadResult r = load(write("thai.csv", thai), true);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("ค.ศ.").contains("2564"));
        assertThat(scalar("SELECT fiscal_year || ' ' || total FROM v_agency_year")).isEqualTo("2564 58.24");
    }

    @Test
    void windows874EncodedFilesAreDetected() throws IOException, SQLException {
        Path f = dir.resolve("tis620.csv");
        Files.write(f, (HEADER + NONGKONG_2564).getBytes(Charset.forName("x-windows-874")));
        assertThat(TabularFile.open(f).charset()).isEqualTo(TabularFile.THAI_WINDOWS);
        load(f, true);
        assertThat(scalar("SELECT name_th FROM v_agency")).isEqualTo("องค์การบริหารส่วนตำบลหนองกง");
    }

    @Test
    void filesThatAreNotScoresFilesFailWithOneClearLineAndChangeNothing() throws IOException, SQLException {
        String before = fingerprint();
        assertThatThrownBy(() -> load(write("empty.csv", ""), false))
                .isInstanceOf(SourceException.class).hasMessageContaining("empty.csv").hasMessageContaining("empty");
        assertThatThrownBy(() -> load(write("header.csv", HEADER), false))
                .isInstanceOf(SourceException.class).hasMessageContaining("no data rows");
        Path binary = dir.resolve("garbage.csv");
        Files.write(binary, new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 9});
        assertThatThrownBy(() -> load(binary, false)).isInstanceOf(SourceException.class).hasMessageContaining("not a text");
        assertThatThrownBy(() -> load(write("sat.csv", "fiscal_year,agency_code,service_area,respondents,mean_score,percent_satisfied\n"
                + "2564,06310499,ด้านสาธารณสุข,100,4.2,84\n"), false))
                .isInstanceOf(SourceException.class).hasMessageContaining("line 1").hasMessageContaining("ind1");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void kindIsDetectedFromTheHeader() throws IOException {
        assertThat(Loaders.detectKind(write("s.csv", HEADER + NONGKONG_2564))).isEqualTo("scores");
        assertThat(Loaders.detectKind(write("t.csv", "fiscal_year,agency_code,service_area,respondents,mean_score,percent_satisfied\n")))
                .isEqualTo("satisfaction");
        assertThatThrownBy(() -> Loaders.detectKind(write("u.csv", "a,b,c\n1,2,3\n"))).hasMessageContaining("--kind");
    }

    @Test
    void itemLevelColumnsAndRowsGoToTheItemResultsWithTheirIndicator() throws IOException, SQLException {
        // wide: OIT items o1..o3 (FY2564 uses the OIT-2563 list) and an IIT item beside the ten indicators
        String header = "fiscal_year,agency_code,ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10,o1,o2,o3,i1\n";
        String scores = "87.54,79.61,81.97,74.84,77.31,78.17,77.55,77.42,29.24,25.00";
        Path wide = write("items.csv", header
                + "2564,06310499," + scores + ",100,0,100,75\n"
                + "2563,06310499," + scores + ",100,1000,,\n");        // line 3: o2 out of range
        load(write("nongkong.csv", HEADER + NONGKONG_2564), false);
        LoadResult r = load(wide, false);
        assertThat(r.rejects()).extracting(Reject::line, Reject::column, Reject::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "o2", RejectRule.SCORE_OUT_OF_RANGE));
        assertThat(scalar("SELECT string_agg(item || ':' || tool || ':' || indicator || ':' || score, ' ' ORDER BY item) "
                + "FROM v_item_result WHERE agency_code = '06310499' AND fiscal_year = 2564"))
                .isEqualTo("i1:IIT:1:75.0 o1:OIT:9:100.0 o2:OIT:9:0.0 o3:OIT:9:100.0");

        // long: an item code in the indicator column; an item the year does not have is rejected
        Path longForm = write("items-long.csv", "fiscal_year,agency_code,indicator,score\n"
                + "2564,06310499,o2,100\n"
                + "2564,06310499,O99,50\n"
                + "2567,06310499,o1,100\n");
        LoadResult l = load(longForm, false);
        assertThat(l.rejects()).extracting(Reject::line, Reject::column, Reject::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "indicator", RejectRule.UNKNOWN_ITEM),
                org.assertj.core.groups.Tuple.tuple(4L, "indicator", RejectRule.UNKNOWN_ITEM));
        assertThat(l.rejects().get(1).message()).contains("no OIT item list for that year");
        // the long file names one OIT item of FY2564: OIT items of that agency-year are replaced by the file's
        assertThat(scalar("SELECT string_agg(item || ':' || score, ' ' ORDER BY item) FROM v_item_result "
                + "WHERE agency_code = '06310499' AND fiscal_year = 2564")).isEqualTo("i1:75.0 o2:100.0");
        assertThat(scalar("SELECT total FROM v_agency_year WHERE agency_code = '06310499' AND fiscal_year = 2564"))
                .as("item rows leave the indicator scores as they were").isEqualTo("58.24");
    }

    @Test
    void theLongFormHasOneRowPerIndicatorAndGivesTheSameTotals() throws IOException, SQLException {
        double[] nongkong = {87.54, 79.61, 81.97, 74.84, 77.31, 78.17, 77.55, 77.42, 29.24, 25.00};
        StringBuilder b = new StringBuilder("ปีงบประมาณ,รหัสหน่วยงาน,ชื่อหน่วยงาน,ประเภท,จังหวัด,อำเภอ,ตัวชี้วัด,คะแนน\n");
        for (int i = 0; i < 10; i++) {
            b.append("2564,06310499,องค์การบริหารส่วนตำบลหนองกง,อบต.,บุรีรัมย์,นางรอง,ตัวชี้วัดที่ ").append(i + 1).append(',')
                    .append(nongkong[i]).append('\n');
        }
        b.append("2564,06310499,,,,,11,50\n");          // line 12: no indicator 11
        b.append("2564,06310499,,,,,๑,90\n");           // line 13: indicator 1 again with another score
        b.append("2564,06310499,,,,,2,79.61\n");        // line 14: an identical repeat: ignored
        Path f = write("long.csv", b.toString());
        assertThat(Loaders.detectKind(f)).isEqualTo("scores");
        LoadResult r = load(f, false);
        assertThat(r.rejects()).extracting(Reject::line, Reject::column, Reject::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(12L, "indicator", RejectRule.UNKNOWN_ITEM),
                org.assertj.core.groups.Tuple.tuple(13L, "score", RejectRule.DUPLICATE_CONFLICT));
        assertThat(r.rowsLoaded()).isEqualTo(10);
        assertThat(scalar("SELECT total || ' ' || rating FROM v_agency_year WHERE agency_code = '06310499' AND fiscal_year = 2564"))
                .isEqualTo("58.24 D");
    }

    private LoadResult load(Path f, boolean strict) {
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            return new ScoresLoader(s, th.ita.insight.analytics.methodology.Methodology.bundled(), strict).load(f);
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

    /** Everything a load can change, as one string. */
    private String fingerprint() throws SQLException {
        return scalar("""
                SELECT (SELECT count(*) FROM agency) || '|' || (SELECT count(*) FROM indicator_score) || '|'
                    || (SELECT coalesce(sum(score), 0) FROM indicator_score) || '|' || (SELECT count(*) FROM ingest_batch) || '|'
                    || (SELECT count(*) FROM reported_total) || '|' || (SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'stage_%')""");
    }
}

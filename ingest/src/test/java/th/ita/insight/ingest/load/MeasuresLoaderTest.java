package th.ita.insight.ingest.load;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.measures.AgencyMeasures;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Measures and their progress, loaded like every other kind: valid rows in, each bad row reported with its rule. */
class MeasuresLoaderTest {

    static final String HEADER = "ปีงบประมาณ,รหัสหน่วยงาน,ตัวชี้วัด,มาตรการ,วิธีดำเนินการ,ผู้รับผิดชอบ,รอบรายงาน,สถานะ,ผลการดำเนินการ,วันที่รายงาน\n";

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void storeWithNongKong() throws IOException {
        db = ScoresLoaderTest.storeWithNongKong2564(dir);
    }

    @Test
    void measuresWithThaiHeadersAndTwoRoundsLoadAndBadRowsAreReported() throws Exception {
        Path f = write("measures.csv", HEADER
                + "2565,06310499,ตัวชี้วัดที่ 9; ตัวชี้วัดที่ 10,เผยแพร่ข้อมูลให้ครบ,ตั้งคณะทำงาน | ตรวจทุกไตรมาส,สำนักปลัด | กองคลัง,รอบ 6 เดือน,อยู่ระหว่างดำเนินการ,เผยแพร่แล้วครึ่งหนึ่ง,31/3/2565\n"
                + "2565,06310499,9 10,เผยแพร่ข้อมูลให้ครบ,ตั้งคณะทำงาน | ตรวจทุกไตรมาส,สำนักปลัด | กองคลัง,รอบ 12 เดือน,ดำเนินการแล้ว,ครบทุกข้อ,2022-09-30\n"
                + "2565,06310499,๔,คุมการยืมทรัพย์สิน,,กองคลัง,,,,\n"
                + "2565,06310499,11,ตัวชี้วัดที่ไม่มี,,,,,,\n"                             // line 5: indicator 11
                + "2565,06310499,6,,,,,,,\n"                                              // line 6: no title
                + "2565,06310499,6,บริการตามเวลา,,,รอบ 6 เดือน,เสร็จแล้วมั้ง,,\n"         // line 7: unknown status
                + "2565,06310499,4,คุมการยืมทรัพย์สิน,อีกวิธี,กองคลัง,,,,\n"               // line 8: same title, other details
                + "2561,06310499,4,ปีที่ไม่มีเกณฑ์,,,,,,\n"                                // line 9: answers FY2560
                + "2565,09999999,4,หน่วยงานที่ไม่มี,,,,,,\n"                               // line 10: not in the registry
                + "2565,06310499,4,วันที่ผิด,,,รอบ 6 เดือน,ดำเนินการแล้ว,,31/13/2565\n"); // line 11: no 13th month
        LoadResult r;
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            assertThat(Loaders.detectKind(f)).isEqualTo("measures");
            r = new MeasuresLoader(s, Methodology.bundled(), false).load(f);
        }
        assertThat(r.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(r.rejects()).extracting(Reject::line, Reject::column, Reject::rule).containsExactly(
                tuple(5L, "indicator", RejectRule.UNKNOWN_ITEM),
                tuple(6L, "title", RejectRule.MISSING_VALUE),
                tuple(7L, "status", RejectRule.INVALID_CHOICE),
                tuple(8L, "title", RejectRule.DUPLICATE_CONFLICT),
                tuple(9L, "fiscal_year", RejectRule.YEAR_OUTSIDE_METHODOLOGY),
                tuple(10L, "agency_code", RejectRule.UNKNOWN_AGENCY),
                tuple(11L, "reported_on", RejectRule.BAD_DATE));

        try (ItaStore s = ItaStore.openReadOnlyUncached(db)) {
            List<AgencyMeasures.Measure> m = new AgencyMeasures(s).of(new AgencyCode("06310499"), FiscalYear.of(2565));
            assertThat(m).extracting(AgencyMeasures.Measure::title).containsExactly("เผยแพร่ข้อมูลให้ครบ", "คุมการยืมทรัพย์สิน");
            assertThat(m.getFirst().indicators()).containsExactly(9, 10);
            assertThat(m.getFirst().divisions()).containsExactly("สำนักปลัด", "กองคลัง");
            assertThat(m.getFirst().progress()).hasSize(2);
            assertThat(m.getFirst().progress().get(AgencyMeasures.Round.SIX_MONTH).status()).isEqualTo("in_progress");
            // 31/3/2565 is in พ.ศ.: 31 March 2022
            assertThat(m.getFirst().progress().get(AgencyMeasures.Round.SIX_MONTH).reportedOn()).contains(LocalDate.of(2022, 3, 31));
            assertThat(m.getFirst().progress().get(AgencyMeasures.Round.ANNUAL).status()).isEqualTo("done");
            assertThat(m.get(1).indicators()).containsExactly(4);
            assertThat(m.get(1).progress()).isEmpty();
        }
    }

    @Test
    void aCorrectedFileReplacesTheAgencyYearsMeasuresAndStrictRefusesABadOne() throws Exception {
        Path first = write("first.csv", HEADER + "2565,06310499,9,มาตรการเดิม ก,,,,,,\n" + "2565,06310499,10,มาตรการเดิม ข,,,,,,\n");
        Path corrected = write("corrected.csv", HEADER + "2565,06310499,9,มาตรการใหม่,,,รอบ 6 เดือน,ยังไม่ดำเนินการ,,\n");
        Path bad = write("bad.csv", HEADER + "2565,06310499,9,อีกมาตรการ,,,,,,\n" + "2565,06310499,99,ผิด,,,,,,\n");
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            assertThat(new MeasuresLoader(s, Methodology.bundled(), false).load(first).rowsLoaded()).isEqualTo(2);
            assertThat(new MeasuresLoader(s, Methodology.bundled(), false).load(corrected).status()).isEqualTo(LoadResult.Status.LOADED);
            assertThat(new MeasuresLoader(s, Methodology.bundled(), true).load(bad).status()).isEqualTo(LoadResult.Status.FAILED_STRICT);
        }
        try (ItaStore s = ItaStore.openReadOnlyUncached(db)) {
            List<AgencyMeasures.Measure> m = new AgencyMeasures(s).of(new AgencyCode("06310499"), FiscalYear.of(2565));
            assertThat(m).extracting(AgencyMeasures.Measure::title).containsExactly("มาตรการใหม่");
            assertThat(m.getFirst().progress().get(AgencyMeasures.Round.SIX_MONTH).status()).isEqualTo("planned");
        }
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}

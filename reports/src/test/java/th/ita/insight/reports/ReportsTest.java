package th.ita.insight.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.analysis.AgencyAnalyses;
import th.ita.insight.analytics.measures.PathToPass;
import th.ita.insight.analytics.measures.SuggestionCatalogue;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.DerivedTables;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.reports.document.Block;
import th.ita.insight.reports.document.Document;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents on a real DuckDB file. The analysis of อบต.หนองกง FY2564 is regenerated from its published scores
 * and checked against its own published analysis (seed 002): the table, totals, change and classification.
 */
class ReportsTest {

    static final String NONGKONG = "06310499";
    static final Path OUT = Path.of("target/documents");

    @TempDir
    Path dir;

    ItaStore store;
    Reports reports;

    @BeforeEach
    void store() throws Exception {
        store = ItaStore.openReadWrite(dir.resolve("ita.duckdb"));
        try (Statement s = store.connection().createStatement()) {
            s.execute("INSERT INTO agency VALUES ('" + NONGKONG + "', 'องค์การบริหารส่วนตำบลหนองกง', 'SAO', '31', 'นางรอง', false, 1)");
            // the published scores (ITA.md / seed 002)
            insert(s, 2563, NONGKONG, 86.96, 78.11, 83.07, 78.23, 79.14, 74.03, 66.66, 71.11, 60.82, 31.25);
            insert(s, 2564, NONGKONG, 87.54, 79.61, 81.97, 74.84, 77.31, 78.17, 77.55, 77.42, 29.24, 25.00);
            // twenty other SAOs so that the path to pass has national ceilings to work with
            Random random = new Random(7);
            for (int a = 0; a < 20; a++) {
                String code = "0631%04d".formatted(a);
                s.execute("INSERT INTO agency VALUES ('" + code + "', 'อบต.ทดสอบ " + a + "', 'SAO', '31', 'นางรอง', true, 1)");
                double[] v = new double[10];
                for (int k = 0; k < 10; k++) {
                    v[k] = Math.round((70 + 30 * random.nextDouble()) * 100) / 100.0;
                }
                insert(s, 2564, code, v);
            }
        }
        DerivedTables.refreshAll(store.connection());
        Methodology methodology = Methodology.bundled();
        reports = new Reports(new AgencyAnalyses(store, methodology), new th.ita.insight.analytics.measures.AgencyMeasures(store), new th.ita.insight.analytics.measures.ActionPlans(store), new PathToPass(store, methodology), SuggestionCatalogue.bundled(),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Bangkok")));
        Files.createDirectories(OUT);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theAnalysisOfNongKong2564IsItsPublishedAnalysis() {
        Document doc = reports.document(Reports.Kind.ANALYSIS, new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        String text = doc.plainText();
        assertThat(text).contains("คะแนนภาพรวมหน่วยงาน : 58.24 คะแนน ระดับผลการประเมิน : D")
                .contains("ได้รับผลการประเมินอยู่ในระดับ D (58.24 คะแนน) ซึ่งลดลงจากปีงบประมาณ พ.ศ. 2563 ที่ได้รับผลการประเมินอยู่ในระดับ D "
                        + "(63.92 คะแนน) คิดเป็นร้อยละ -8.89 (-5.68 คะแนน)")
                .contains("เมื่อวันที่ 23 พฤศจิกายน พ.ศ. 2569");   // the date in the footer, in พ.ศ.

        Block.Table table = tables(doc).getFirst();
        assertThat(table.headers()).containsExactly("เครื่องมือ", "ตัวชี้วัด", "2563", "2564", "การเปลี่ยนแปลง");
        assertThat(table.rows()).hasSize(12);
        assertThat(table.rows().get(0)).containsExactly("IIT แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน", "1. การปฏิบัติหน้าที่", "86.96", "87.54", "เพิ่มขึ้น");
        assertThat(table.rows().get(3).subList(2, 5)).containsExactly("78.23", "74.84", "ลดลง");
        assertThat(table.rows().get(8).subList(2, 5)).containsExactly("60.82", "29.24", "ลดลง");
        assertThat(table.rows().get(10)).containsExactly("", "คะแนนรวม", "63.92", "58.24", "ลดลง");
        assertThat(table.rows().get(11)).containsExactly("", "ระดับผลการประเมิน", "D", "D", "");
        assertThat(table.rows().stream().map(r -> r.get(4)).toList().subList(0, 10))
                .containsExactly("เพิ่มขึ้น", "เพิ่มขึ้น", "ลดลง", "ลดลง", "ลดลง", "เพิ่มขึ้น", "เพิ่มขึ้น", "เพิ่มขึ้น", "ลดลง", "ลดลง");

        // the four standard classes, as the agency wrote them
        assertThat(section(text, "3) จุดแข็ง : ตัวชี้วัดที่ได้รับผลการประเมินมากที่สุด", "4)")).contains("3.1 ตัวชี้วัดที่ 1 ").doesNotContain("3.2");
        assertThat(section(text, "4) จุดแข็ง", "5)")).contains("4.1 ตัวชี้วัดที่ 1 ").doesNotContain("4.2");
        assertThat(indicatorsIn(section(text, "5) จุดอ่อน", "6)"))).containsExactly(2, 6, 7, 8);
        assertThat(indicatorsIn(section(text, "6) จุดอ่อน", "2. ประเด็นที่ควรพัฒนา"))).containsExactly(3, 4, 5, 9, 10);

        // the weak indicators, those that lift the total most first: 10 and 9 lead
        Block.Table issues = tables(doc).get(1);
        assertThat(issues.rows().stream().map(r -> Integer.parseInt(r.get(0).replaceAll("ตัวชี้วัดที่ (\\d+)(?s).*", "$1"))).toList())
                .containsExactly(10, 9, 4, 8, 7, 6, 5, 2);
        assertThat(issues.rows().getFirst().get(2)).isEqualTo("+11.00");

        // the path to 85 takes the biggest realistic gains first and reaches the target exactly
        Block.Table path = tables(doc).get(2);
        List<String> last = path.rows().getLast();
        assertThat(last.getLast()).isEqualTo("85.00");
        assertThat(path.rows().getFirst().get(1)).startsWith("ตัวชี้วัดที่ 10");
    }

    @Test
    void withOitItemResultsTheAnalysisSaysWhichItemsToPublishFirst() throws Exception {
        try (Statement s = store.connection().createStatement()) {
            // FY2564 uses the OIT-2563 list: indicator 9 has 33 items, indicator 10 has 10, each indicator weighs 0.20
            s.execute("INSERT INTO item_result VALUES ('2564', '" + NONGKONG + "', 'OIT', 'o1', 100, NULL, 1), "
                    + "(2564, '" + NONGKONG + "', 'OIT', 'o5', 0, NULL, 1), (2564, '" + NONGKONG + "', 'OIT', 'o20', 50, NULL, 1), "
                    + "(2564, '" + NONGKONG + "', 'OIT', 'o40', 0, NULL, 1)");
        }
        Document doc = reports.document(Reports.Kind.ANALYSIS, new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        Block.Table items = tables(doc).getLast();
        assertThat(items.headers()).containsExactly("ลำดับ", "ข้อ", "ตัวชี้วัดย่อย", "คะแนนปัจจุบัน", "คะแนนรวมเพิ่ม");
        assertThat(items.rows()).extracting(r -> r.get(1) + " " + r.get(4))
                .containsExactly("O40 +2.00", "O5 +0.61", "O20 +0.30");   // 100/10×0.2, 100/33×0.2, 50/33×0.2; o1 is full
        assertThat(doc.plainText()).contains("ข้อที่ยังไม่ได้คะแนนเต็ม");
    }

    @Test
    void theMeasuresDocumentSuggestsMeasuresForEveryWeakIndicatorAndSaysTheyAreSuggestions() {
        Document doc = reports.document(Reports.Kind.MEASURES, new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        assertThat(doc.blocks().stream().filter(b -> b instanceof Block.Note).map(b -> ((Block.Note) b).text()).toList())
                .anyMatch(n -> n.contains("ข้อเสนอ") && n.contains("ยังไม่มีมาตรการ"));
        assertThat(doc.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == 3).map(b -> ((Block.Heading) b).text()).toList())
                .hasSize(8).first().asString().startsWith("ตัวชี้วัดที่ 10 ");
        assertThat(tables(doc)).hasSize(8).allSatisfy(t -> assertThat(t.rows()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(doc.title()).contains("2565");
    }

    @Test
    void theDocxIsThaiSarabunWithTheTable() throws Exception {
        byte[] docx = reports.write(Reports.Kind.ANALYSIS, new AgencyCode(NONGKONG), FiscalYear.of(2564), Reports.Format.DOCX).orElseThrow();
        Files.write(OUT.resolve("analysis-06310499-2564.docx"), docx);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = word.getTables().getFirst();
            assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("2563");
            assertThat(table.getRow(11).getCell(3).getText()).isEqualTo("58.24");
            XWPFRun run = word.getParagraphs().getFirst().getRuns().getFirst();
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.cs)).isEqualTo("Sarabun");
            assertThat(run.getCTR().getRPr().getLangArray(0).getBidi()).isEqualTo("th-TH");
            assertThat(word.getProperties().getCoreProperties().getTitle()).contains("หนองกง");
        }
    }

    @Test
    void thePdfKeepsThaiWordsWhole() throws Exception {
        byte[] pdf = reports.write(Reports.Kind.MEASURES, new AgencyCode(NONGKONG), FiscalYear.of(2564), Reports.Format.PDF).orElseThrow();
        Files.write(OUT.resolve("measures-06310499-2564.pdf"), pdf);
        byte[] analysis = reports.write(Reports.Kind.ANALYSIS, new AgencyCode(NONGKONG), FiscalYear.of(2564), Reports.Format.PDF).orElseThrow();
        Files.write(OUT.resolve("analysis-06310499-2564.pdf"), analysis);
        try (PDDocument doc = Loader.loadPDF(analysis)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // shaped text still reads back as the words it was made from (ActualText): marks above and below
            assertThat(text).contains("ตัวชี้วัดที่10").contains("ผู้มีส่วนได้ส่วนเสียภายใน").contains("58.24").contains("-8.89");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("เป็นข้อเสนอเท่านั้น");
        }
    }

    @Test
    void recordedMeasuresReplaceTheSuggestionsAndTheirProgressIsReported() throws Exception {
        Document empty = reports.document(Reports.Kind.PROGRESS, new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        assertThat(empty.plainText()).contains("ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. 2565");
        try (Statement s = store.connection().createStatement()) {
            s.execute("INSERT INTO measure VALUES ('" + NONGKONG + "', 2565, 1, 'เผยแพร่ข้อมูลให้ครบ', [9, 10], ['o18'], 'ตั้งคณะทำงาน | ตรวจทุกไตรมาส', "
                    + "'ตลอดปีงบประมาณ', 'หน้าเว็บไซต์', 'สำนักปลัด | กองคลัง', false, 1)");
            s.execute("INSERT INTO measure VALUES ('" + NONGKONG + "', 2565, 2, 'คุมการยืมทรัพย์สิน', [4], [], NULL, NULL, NULL, 'กองคลัง', false, 1)");
            s.execute("INSERT INTO measure_progress VALUES ('" + NONGKONG + "', 2565, 1, 'six_month', 'in_progress', 'เผยแพร่แล้วครึ่งหนึ่ง', DATE '2022-03-31', 1)");
        }
        Document measures = reports.document(Reports.Kind.MEASURES, new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        assertThat(measures.plainText()).doesNotContain("ยังไม่มีมาตรการที่หน่วยงานบันทึกไว้").contains("1. เผยแพร่ข้อมูลให้ครบ")
                .contains("(ตัวชี้วัดที่ 9, 10; ข้อ o18)");
        Document progress = reports.document(Reports.Kind.PROGRESS, new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        Block.Table table = tables(progress).getFirst();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().getFirst().get(3)).startsWith("เผยแพร่แล้วครึ่งหนึ่ง").contains("31 มี.ค. 2565");
        assertThat(table.rows().getFirst().get(4)).isEqualTo("อยู่ระหว่างดำเนินการ");
        assertThat(table.rows().get(1).get(4)).isEqualTo("ยังไม่รายงาน");
        assertThat(progress.blocks().getFirst()).isEqualTo(new Block.Heading(1,
                "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ 6 เดือน ขององค์การบริหารส่วนตำบลหนองกง ประจำปีงบประมาณ พ.ศ. 2565"));
        byte[] pdf = reports.write(Reports.Kind.PROGRESS, new AgencyCode(NONGKONG), FiscalYear.of(2564), Reports.Format.PDF).orElseThrow();
        Files.write(OUT.resolve("progress-06310499-2565.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("อยู่ระหว่างดำเนินการ");
        }
    }

    @Test
    void theActionPlanTotalsBudgetsByQuarterAndDimension() throws Exception {
        try (Statement s = store.connection().createStatement()) {
            s.execute("INSERT INTO action_plan_project VALUES ('" + NONGKONG + "', 2565, 1, 'อบรมคุณธรรม', 1, 20000.00, [2], NULL, NULL, NULL, "
                    + "'สำนักปลัด', NULL, NULL, false, 1)");
            s.execute("INSERT INTO action_plan_project VALUES ('" + NONGKONG + "', 2565, 2, 'ไม่รับของขวัญ', 2, 0, [1, 2, 3, 4], NULL, NULL, NULL, "
                    + "NULL, NULL, NULL, false, 1)");
            s.execute("INSERT INTO action_plan_project VALUES ('" + NONGKONG + "', 2565, 3, 'เวทีประชาคม', 3, 15000.50, [2, 3], NULL, NULL, NULL, "
                    + "NULL, NULL, NULL, false, 1)");
        }
        Document plan = reports.document(Reports.Kind.ACTIONPLAN, new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        Block.Table projects = tables(plan).getFirst();
        assertThat(projects.rows().getLast()).containsExactly("", "รวมทั้งสิ้น 3 โครงการ", "", "35,000.50", "1", "3", "2", "1");
        assertThat(projects.rows().get(1).subList(4, 8)).containsExactly("•", "•", "•", "•");
        Block.Table dims = tables(plan).get(1);
        assertThat(dims.rows().get(0).subList(1, 3)).containsExactly("1", "20,000.00");
        assertThat(dims.rows().get(3).subList(1, 3)).containsExactly("0", "0.00");
        assertThat(dims.rows().getLast().subList(1, 3)).containsExactly("3", "35,000.50");
        byte[] pdf = reports.write(Reports.Kind.ACTIONPLAN, new AgencyCode(NONGKONG), FiscalYear.of(2564), Reports.Format.PDF).orElseThrow();
        Files.write(OUT.resolve("actionplan-06310499-2565.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("แผนปฏิบัติการป้องกันการทุจริต").contains("35,000.50");
        }
    }

    @Test
    void noScoresThatYearMeansNoDocument() {
        assertThat(reports.document(Reports.Kind.ANALYSIS, new AgencyCode(NONGKONG), FiscalYear.of(2566))).isEmpty();
    }

    private static List<Block.Table> tables(Document doc) {
        return doc.blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("section " + from).isGreaterThanOrEqualTo(0);
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static List<Integer> indicatorsIn(String section) {
        return java.util.regex.Pattern.compile("ตัวชี้วัดที่ (\\d+) ").matcher(section).results().map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static void insert(Statement s, int fy, String code, double... values) throws SQLException {
        for (int k = 0; k < values.length; k++) {
            s.execute("INSERT INTO indicator_score VALUES (%d, '%s', %d, %s, 1)".formatted(fy, code, k + 1, values[k]));
        }
    }
}

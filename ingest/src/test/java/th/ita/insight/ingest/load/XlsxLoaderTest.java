package th.ita.insight.ingest.load;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spreadsheets as offices keep them: Thai headers under a merged title row, numbers stored as text, empty rows. */
class XlsxLoaderTest {

    static final String[] THAI_HEADER = {"ปีงบประมาณ", "รหัสหน่วยงาน", "ชื่อหน่วยงาน", "ประเภท", "จังหวัด", "อำเภอ",
            "ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2", "ตัวชี้วัดที่ 3", "ตัวชี้วัดที่ 4", "ตัวชี้วัดที่ 5", "ตัวชี้วัดที่ 6",
            "ตัวชี้วัดที่ 7", "ตัวชี้วัดที่ 8", "ตัวชี้วัดที่ 9", "ตัวชี้วัดที่ 10"};

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void store() {
        db = dir.resolve("ita.duckdb");
        ItaStore.openReadWrite(db).close();
    }

    @Test
    void thaiSheetWithATitleRowNumbersAsTextAndABadRow() throws Exception {
        Path x = dir.resolve("ผลITA-2564.xlsx");
        write(x, "ผล ITA", ws -> {
            ws.value(0, 0, "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2564 จังหวัดบุรีรัมย์");
            ws.range(0, 0, 0, 15).merge();
            header(ws, 1);
            Object[] good = {2564, "06310499", "องค์การบริหารส่วนตำบลหนองกง", "อบต.", "บุรีรัมย์", "นางรอง",
                    87.54, "79.61", 81.97, 74.84, 77.31, 78.17, 77.55, 77.42, 29.24, 25};
            row(ws, 2, good);
            Object[] bad = good.clone();
            bad[1] = "06310401";
            bad[8] = "ไม่มีข้อมูล";
            row(ws, 3, bad);
        });
        LoadResult r = load(x, Optional.empty(), false);
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(4);   // the spreadsheet's row number
            assertThat(j.column()).isEqualTo("ind3");
            assertThat(j.rule()).isEqualTo(RejectRule.UNPARSEABLE_NUMBER);
        });
        assertThat(scalar("SELECT total || ' ' || rating FROM v_agency_year")).isEqualTo("58.24 D");
    }

    @Test
    void aNamedSheetIsRead() throws Exception {
        Path x = dir.resolve("book.xlsx");
        try (OutputStream os = Files.newOutputStream(x); Workbook wb = new Workbook(os, "ita-test", "1.0")) {
            Worksheet notes = wb.newWorksheet("คำอธิบาย");
            notes.value(0, 0, "อ่านก่อน");
            Worksheet data = wb.newWorksheet("คะแนน");
            header(data, 0);
            row(data, 1, new Object[] {2564, "06310499", "องค์การบริหารส่วนตำบลหนองกง", "อบต.", "บุรีรัมย์", "นางรอง",
                    87.54, 79.61, 81.97, 74.84, 77.31, 78.17, 77.55, 77.42, 29.24, 25});
        }
        assertThat(Loaders.detectKind(x, Optional.of("คะแนน"))).isEqualTo("scores");
        assertThat(load(x, Optional.of("คะแนน"), true).rowsLoaded()).isEqualTo(10);
        assertThatThrownBy(() -> load(x, Optional.of("ไม่มี"), true)).isInstanceOf(SourceException.class)
                .hasMessageContaining("no sheet named").hasMessageContaining("คะแนน");
    }

    @Test
    void aTruncatedXlsxIsOneClearErrorAndChangesNothing() throws Exception {
        Path x = dir.resolve("full.xlsx");
        write(x, "s", ws -> {
            header(ws, 0);
            row(ws, 1, new Object[] {2564, "06310499", "อบต.หนองกง", "อบต.", "บุรีรัมย์", "นางรอง", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        });
        byte[] bytes = Files.readAllBytes(x);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> load(cut, Optional.empty(), false)).isInstanceOf(SourceException.class)
                .hasMessageContaining("cut.xlsx").hasMessageContaining("XLSX");
        assertThat(scalar("SELECT count(*) FROM ingest_batch")).isEqualTo("0");
    }

    interface SheetWriter {
        void write(Worksheet ws) throws IOException;
    }

    private static void write(Path file, String sheet, SheetWriter body) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "ita-test", "1.0")) {
            body.write(wb.newWorksheet(sheet));
        }
    }

    private static void header(Worksheet ws, int row) {
        for (int c = 0; c < THAI_HEADER.length; c++) {
            ws.value(row, c, THAI_HEADER[c]);
        }
    }

    private static void row(Worksheet ws, int row, Object[] values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                ws.value(row, c, n);
            } else {
                ws.value(row, c, (String) values[c]);
            }
        }
    }

    private LoadResult load(Path f, Optional<String> sheet, boolean strict) {
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            return new ScoresLoader(s, Methodology.bundled(), strict).load(f, sheet);
        }
    }

    private String scalar(String sql) throws SQLException {
        try (ItaStore s = ItaStore.openReadOnly(db); Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

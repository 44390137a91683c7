package th.ita.insight.dashboard.chart;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTest {

    @Test
    void numbersAreNumbersAndFormulaLookingNamesStayText() throws IOException {
        TableData data = new TableData(List.of("รหัส", "ชื่อหน่วยงาน", "คะแนนรวม", "เปลี่ยนแปลง"), List.of(
                List.of("06310499", "องค์การบริหารส่วนตำบลหนองกง", "58.24", "-5.68"),
                List.of("99999999", "=HYPERLINK(\"http://evil\",\"x\")", "90.00", "+1.5"),
                List.of("99999998", "@SUM(A1:A2)", "", "")));
        byte[] bytes = Xlsx.of(data, "agency/indicators: 2564");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("agency indicators  2564");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("ชื่อหน่วยงาน");
            assertThat(rows.get(1).getCell(1).getText()).isEqualTo("องค์การบริหารส่วนตำบลหนองกง");
            assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("-5.68");
            // agency codes keep their leading zero
            assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCell(0).getText()).isEqualTo("06310499");
            for (int r = 2; r <= 3; r++) {
                assertThat(rows.get(r).getCell(1).getType()).isEqualTo(CellType.STRING);
                assertThat(rows.get(r).getCell(1).getFormula()).isNull();
            }
            assertThat(rows.get(2).getCell(1).getText()).startsWith("=HYPERLINK");
        }
    }

    @Test
    void sheetNamesExcelWouldRefuseAreCleaned() {
        assertThat(Xlsx.safeSheetName("a".repeat(40))).hasSize(31);
        assertThat(Xlsx.safeSheetName("[]:*?/\\")).isEqualTo("data");
    }
}

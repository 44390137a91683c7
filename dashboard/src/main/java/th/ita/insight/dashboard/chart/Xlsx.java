package th.ita.insight.dashboard.chart;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A chart's data as an XLSX workbook: numbers as number cells (so they can be summed), everything else as text
 * cells. Nothing is ever written as a formula, so an agency name such as "=HYPERLINK(...)" stays text.
 */
public final class Xlsx {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
    /** agency codes such as 06310499 are identifiers: as numbers they would lose their leading zero */
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");

    private Xlsx() {
    }

    public static byte[] of(TableData data, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ITA Insight", "1.0");
            Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
            for (int c = 0; c < data.headers().size(); c++) {
                sheet.value(0, c, data.headers().get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<String> row : data.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c) == null ? "" : row.get(c);
                    if (NUMBER.matcher(v).matches() && !LEADING_ZERO.matcher(v).matches()) {
                        sheet.value(r, c, Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        sheet.value(r, c, v);
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.isEmpty()) {
            return "data";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}

package th.ita.insight.dashboard.chart;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheet users: UTF-8 with a BOM (so Excel shows Thai), and every cell that a spreadsheet would run as
 * a formula (starting with = + - @ or a tab/CR) neutralised with a leading apostrophe. Agency names are data.
 */
public final class Csv {

    private Csv() {
    }

    public static byte[] of(TableData data) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, data.headers());
        for (List<String> row : data.rows()) {
            line(b, row);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        // numbers such as -5.68 stay numbers; anything else that starts like a formula is defused
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }
}

package th.ita.insight.ingest.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One of a loader's staging tables: {@code name} (the table is {@code stage_<name>_<batch>}) and its columns as in
 * CREATE TABLE, e.g. {@code (fiscal_year INTEGER, agency_code VARCHAR)}.
 */
public record StagingTable(String name, String ddl) {

    /** A column: its name and DuckDB type. */
    public record Column(String name, String type) {
    }

    public String table(long batch) {
        return "stage_" + name + "_" + batch;
    }

    /** The columns, in order. */
    public List<Column> columns() {
        String inner = ddl.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<Column> columns = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char ch : (inner + ",").toCharArray()) {   // DECIMAL(14,2) holds a comma that does not end a column
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                String[] nameAndType = part.toString().strip().split("\\s+", 2);
                columns.add(new Column(nameAndType[0], nameAndType[1]));
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        return columns;
    }
}

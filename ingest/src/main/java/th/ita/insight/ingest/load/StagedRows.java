package th.ita.insight.ingest.load;

import org.duckdb.DuckDBAppender;
import th.ita.insight.analytics.store.AppendedRow;

import java.math.BigDecimal;
import java.sql.SQLException;

/**
 * Where a loader puts the rows it accepted, in its staging table's column order: a DuckDB appender (the embedded
 * engine), or a Spark task's output (the Spark engine). Values are Integer, Long, Short, Double, Boolean, String,
 * BigDecimal, LocalDate or null.
 */
@FunctionalInterface
public interface StagedRows {

    void add(Object... values);

    /** Rows appended to a DuckDB staging table. */
    static StagedRows into(DuckDBAppender appender) {
        return values -> {
            try {
                AppendedRow.append(appender, values);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** A value as text, such that DuckDB's cast back to the staging column's type gives the same value. */
    static String asText(Object v) {
        return switch (v) {
            case null -> null;
            case BigDecimal d -> d.toPlainString();
            default -> v.toString();   // Double.toString round-trips exactly; LocalDate is ISO
        };
    }
}

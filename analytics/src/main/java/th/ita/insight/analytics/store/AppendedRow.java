package th.ita.insight.analytics.store;

import org.duckdb.DuckDBAppender;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One row through a DuckDB appender, values in the table's column order: Integer, Long, Short, Double, Boolean,
 * String, BigDecimal, LocalDate or null. The appender, not a batch of INSERTs, because DuckDB's JDBC driver runs a
 * batch one statement at a time.
 */
public final class AppendedRow {

    private AppendedRow() {
    }

    public static void append(DuckDBAppender appender, Object... values) throws SQLException {
        appender.beginRow();
        for (Object v : values) {
            switch (v) {
                case null -> appender.appendNull();
                case Integer i -> appender.append(i.intValue());
                case Long l -> appender.append(l.longValue());
                case Short s -> appender.append(s.shortValue());
                case Double d -> appender.append(d.doubleValue());
                case Boolean b -> appender.append(b.booleanValue());
                case String s -> appender.append(s);
                case BigDecimal d -> appender.append(d);
                case LocalDate d -> appender.append(d);
                default -> throw new IllegalArgumentException("cannot append a " + v.getClass().getSimpleName());
            }
        }
        appender.endRow();
    }
}

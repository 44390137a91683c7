package th.ita.insight.ingest.load;

import org.duckdb.DuckDBAppender;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

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
                        default -> throw new IllegalArgumentException("cannot stage a " + v.getClass().getSimpleName());
                    }
                }
                appender.endRow();
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

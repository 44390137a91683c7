package th.ita.insight.spark.ingest;

import org.duckdb.DuckDBConnection;
import th.ita.insight.ingest.load.BatchLoader;
import th.ita.insight.ingest.load.Reject;
import th.ita.insight.ingest.load.RejectRule;
import th.ita.insight.ingest.load.StagingTable;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-off from Spark to the store: the Parquet files the Spark tasks wrote ({@link ValidatedRows#SCHEMA}) fill
 * the batch's staging tables inside the store's transaction; rejects, warnings and counts come back in the order the
 * embedded engine would have met them. From there the load is the embedded engine's own (checks across rows, merge,
 * lineage).
 */
final class ParquetHandoff implements BatchLoader.Stager {

    /** As many warnings as the embedded engine keeps. */
    private static final int MAX_WARNINGS = 1_000;

    private final Path directory;
    private final List<StagingTable> tables;

    ParquetHandoff(Path directory, List<StagingTable> tables) {
        this.directory = directory;
        this.tables = tables;
    }

    @Override
    public BatchLoader.Validated stage(DuckDBConnection c, long batch) throws SQLException {
        String records = "read_parquet('" + directory.toAbsolutePath().toString().replace("'", "''") + "/*.parquet')";
        try (Statement s = c.createStatement()) {
            for (StagingTable t : tables) {
                List<String> values = new ArrayList<>();
                List<StagingTable.Column> columns = t.columns();
                for (int i = 0; i < columns.size(); i++) {
                    values.add("CAST(v[" + (i + 1) + "] AS " + columns.get(i).type() + ")");
                }
                s.execute("INSERT INTO " + t.table(batch) + " SELECT " + String.join(", ", values) + " FROM " + records
                        + " WHERE record = '" + t.name() + "'");
            }
            List<Reject> rejects = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT line, v FROM " + records + " WHERE record = '"
                    + ValidatedRows.REJECT + "' ORDER BY seq")) {
                while (rs.next()) {
                    String[] v = text(rs.getArray(2));
                    rejects.add(new Reject(v[0], rs.getLong(1), v[1], v[2], RejectRule.valueOf(v[3]), v[4]));
                }
            }
            List<String> warnings = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT v[1] FROM " + records + " WHERE record = '"
                    + ValidatedRows.WARNING + "' ORDER BY seq LIMIT " + MAX_WARNINGS)) {
                while (rs.next()) {
                    warnings.add(rs.getString(1));
                }
            }
            // the file is synthetic when every task that staged rows saw only synthetic rows
            try (ResultSet rs = s.executeQuery("""
                    SELECT coalesce(sum(CAST(v[1] AS BIGINT)), 0),
                           coalesce(sum(CAST(v[2] AS BIGINT)), 0) > 0
                               AND coalesce(bool_and(CAST(v[3] AS BOOLEAN)) FILTER (WHERE CAST(v[2] AS BIGINT) > 0), false)
                    FROM %s WHERE record = '%s'""".formatted(records, ValidatedRows.SUMMARY))) {
                rs.next();
                return new BatchLoader.Validated(rs.getLong(1), rejects, warnings, rs.getBoolean(2));
            }
        }
    }

    private static String[] text(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            text[i] = values[i] == null ? null : values[i].toString();
        }
        return text;
    }
}

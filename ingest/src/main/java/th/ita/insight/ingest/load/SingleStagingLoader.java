package th.ita.insight.ingest.load;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A loader whose valid rows go to one staging table through one appender (satisfaction, responses, agencies). */
abstract class SingleStagingLoader extends BatchLoader {

    private DuckDBAppender rows;

    SingleStagingLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    /** The staging table's columns, as in CREATE TABLE: {@code (fiscal_year INTEGER, ...)}. */
    protected abstract String stagingColumns();

    /** The batch's staging table. */
    protected final String staging(long batch) {
        return "stage_" + kind() + "_" + batch;
    }

    /** The appender on the staging table, open while rows are read. */
    protected final DuckDBAppender rows() {
        return rows;
    }

    @Override
    protected final List<String> stagingTables(long batch) {
        return List.of(staging(batch));
    }

    @Override
    protected final void createStaging(Statement s, long batch) throws SQLException {
        s.execute("CREATE TABLE " + staging(batch) + " " + stagingColumns());
    }

    @Override
    protected final void openAppenders(DuckDBConnection c, long batch) throws SQLException {
        rows = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, staging(batch));
    }

    @Override
    protected final void closeAppenders() throws SQLException {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}

package th.ita.insight.ingest.load;

import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;

import java.util.List;

/** A loader whose valid rows go to one staging table, named after its kind (satisfaction, responses, agencies, ...). */
abstract class SingleStagingLoader extends BatchLoader {

    SingleStagingLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    /** The staging table's columns, as in CREATE TABLE: {@code (fiscal_year INTEGER, ...)}. */
    protected abstract String stagingColumns();

    /** The batch's staging table. */
    protected final String staging(long batch) {
        return stagingTables().getFirst().table(batch);
    }

    /** The staging table's rows, while a file is validated. */
    protected final StagedRows rows() {
        return staged(kind());
    }

    @Override
    public final List<StagingTable> stagingTables() {
        return List.of(new StagingTable(kind(), stagingColumns()));
    }
}

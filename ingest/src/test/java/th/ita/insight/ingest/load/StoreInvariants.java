package th.ita.insight.ingest.load;

import th.ita.insight.analytics.store.ItaStore;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the store promises without primary keys on its score and derived tables (V009, V010): one row per key.
 * The loaders keep it by construction (DELETE of the keys a file covers, INSERT of rows grouped by the key); the
 * tests check it after their loads.
 */
final class StoreInvariants {

    private static final Map<String, String> KEYS = Map.of(
            "indicator_score", "fiscal_year, agency_code, indicator",
            "tool_score", "fiscal_year, agency_code, tool",
            "item_result", "fiscal_year, agency_code, item",
            "agency_year_total", "fiscal_year, agency_code",
            "agency_indicator_year", "fiscal_year, agency_code, indicator",
            "agency_year_peer", "fiscal_year, agency_code");

    private StoreInvariants() {
    }

    static void assertKeysUnique(Path db) throws SQLException {
        try (ItaStore s = ItaStore.openReadOnly(db); Statement st = s.connection().createStatement()) {
            for (Map.Entry<String, String> t : KEYS.entrySet()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT 1 FROM %s GROUP BY %s HAVING count(*) > 1)"
                        .formatted(t.getKey(), t.getValue()))) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("keys of %s (%s) held by more than one row", t.getKey(), t.getValue()).isZero();
                }
            }
        }
    }
}

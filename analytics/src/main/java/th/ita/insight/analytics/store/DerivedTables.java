package th.ita.insight.analytics.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Keeps the derived tables in step with the indicator scores: agency-year totals ({@code agency_year_total}), the
 * per-indicator facts behind the analysis ({@code agency_indicator_year}: last year's score and the highest, so a
 * changed year also changes the next one; the view {@code agency_indicator_analysis} adds the methodology) and the
 * standing among peers ({@code agency_year_peer}). Call it inside the transaction that changed the scores, so readers
 * never see scores and derived values disagree.
 */
public final class DerivedTables {

    private DerivedTables() {
    }

    /** Recomputes every fiscal year (after a methodology or views change: a read-write open does it then, see store_build). */
    public static void refreshAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM agency_year_total");
            s.execute("INSERT INTO agency_year_total BY NAME SELECT * FROM agency_year_compute");
            s.execute("DELETE FROM agency_indicator_year");
            s.execute("INSERT INTO agency_indicator_year BY NAME SELECT * FROM indicator_analysis_compute(NULL, NULL)");
        }
        refreshPeers(c);
    }

    /** Recomputes every agency-year's standing among its peers (after the registry changed types or provinces). */
    public static void refreshPeers(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM agency_year_peer");
            s.execute("INSERT INTO agency_year_peer BY NAME SELECT * FROM agency_year_peer_compute ORDER BY fiscal_year, agency_code");
        }
    }

    /** Recomputes the given fiscal years only. */
    public static void refreshYears(Connection c, Collection<Integer> fiscalYears) throws SQLException {
        if (fiscalYears.isEmpty()) {
            return;
        }
        String in = fiscalYears.stream().map(String::valueOf).collect(Collectors.joining(","));
        // the indicator analysis of a year depends on the year before it
        String inAndNext = fiscalYears.stream().flatMap(y -> java.util.stream.Stream.of(y, y + 1)).distinct()
                .map(String::valueOf).collect(Collectors.joining(","));
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM agency_year_total WHERE fiscal_year IN (" + in + ")");
            s.execute("INSERT INTO agency_year_total BY NAME SELECT * FROM agency_year_compute WHERE fiscal_year IN (" + in + ")");
            s.execute("DELETE FROM agency_indicator_year WHERE fiscal_year IN (" + inAndNext + ")");
            // no ORDER BY: readers filter by agency, which the year-major order did not help, and the sort cost 0.09 s
            s.execute("INSERT INTO agency_indicator_year BY NAME SELECT * FROM indicator_analysis_compute(NULL, NULL) "
                    + "WHERE fiscal_year IN (" + inAndNext + ")");
            // peers are compared within a year, so only the changed years move
            s.execute("DELETE FROM agency_year_peer WHERE fiscal_year IN (" + in + ")");
            s.execute("INSERT INTO agency_year_peer BY NAME SELECT * FROM agency_year_peer_compute WHERE fiscal_year IN (" + in + ") "
                    + "ORDER BY fiscal_year, agency_code");
        }
    }
}

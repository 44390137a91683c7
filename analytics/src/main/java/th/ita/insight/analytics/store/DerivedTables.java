package th.ita.insight.analytics.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Keeps the derived agency-year totals ({@code agency_year_total}) in step with the indicator scores. Call it
 * inside the transaction that changed the scores, so readers never see scores and totals disagree.
 */
public final class DerivedTables {

    private DerivedTables() {
    }

    /** Recomputes every fiscal year (after a methodology change: done on every read-write open). */
    public static void refreshAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM agency_year_total");
            s.execute("INSERT INTO agency_year_total BY NAME SELECT * FROM agency_year_compute");
        }
    }

    /** Recomputes the given fiscal years only. */
    public static void refreshYears(Connection c, Collection<Integer> fiscalYears) throws SQLException {
        if (fiscalYears.isEmpty()) {
            return;
        }
        String in = fiscalYears.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM agency_year_total WHERE fiscal_year IN (" + in + ")");
            s.execute("INSERT INTO agency_year_total BY NAME SELECT * FROM agency_year_compute WHERE fiscal_year IN (" + in + ")");
        }
    }
}

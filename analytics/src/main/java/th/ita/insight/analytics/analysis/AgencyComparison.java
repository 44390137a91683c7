package th.ita.insight.analytics.analysis;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Side-by-side comparison of 2–10 chosen agencies across the indicators and years (supervisors' view). */
public final class AgencyComparison {

    public static final int MIN_AGENCIES = 2;
    public static final int MAX_AGENCIES = 10;

    /** One cell: an agency's indicator score in a year; indicator 0 is the total. */
    public record Cell(String agencyCode, String nameTh, int fiscalYear, int indicator, double score) {}

    private final ItaStore store;

    public AgencyComparison(ItaStore store) {
        this.store = store;
    }

    /** Every indicator score and total of the agencies in every year they have, ordered by agency, year, indicator. */
    public List<Cell> compare(List<AgencyCode> agencies) {
        if (agencies.size() < MIN_AGENCIES || agencies.size() > MAX_AGENCIES) {
            throw new IllegalArgumentException("compare " + MIN_AGENCIES + " to " + MAX_AGENCIES + " agencies, not " + agencies.size());
        }
        return cells(agencies);
    }

    /** One agency's indicator scores and totals over the years (its own trend lines). */
    public List<Cell> history(AgencyCode agency) {
        return store.cached("agencyCells " + agency.value(), () -> List.copyOf(cells(List.of(agency))));
    }

    private List<Cell> cells(List<AgencyCode> agencies) {
        // the derived agency-year table holds every indicator score as a map: one row per agency-year to read
        String sql = """
                SELECT t.agency_code, a.name_th, t.fiscal_year, unnest(map_keys(t.indicator_scores)) AS indicator,
                       unnest(map_values(t.indicator_scores)) AS score
                FROM agency_year_total t JOIN agency a USING (agency_code)
                WHERE list_contains(?, t.agency_code)
                UNION ALL
                SELECT t.agency_code, a.name_th, t.fiscal_year, 0, t.total
                FROM agency_year_total t JOIN agency a USING (agency_code)
                WHERE list_contains(?, t.agency_code) AND t.total IS NOT NULL
                ORDER BY 1, 3, 4""";
        List<Cell> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Array codes = c.createArrayOf("VARCHAR", agencies.stream().map(AgencyCode::value).toArray());
            ps.setArray(1, codes);
            ps.setArray(2, codes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Cell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compare agencies: " + e.getMessage(), e);
        }
        return out;
    }
}

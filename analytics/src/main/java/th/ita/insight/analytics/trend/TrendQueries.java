package th.ita.insight.analytics.trend;

import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Year-by-year summaries, computed set-based in DuckDB over the public views. */
public final class TrendQueries {

    private final ItaStore store;

    public TrendQueries(ItaStore store) {
        this.store = store;
    }

    /** The national series: every agency with a complete total, per fiscal year, oldest first. */
    public List<YearSummary> nationalSeries() {
        String sql = """
                SELECT y.fiscal_year, count(*) AS n, avg(y.total), median(y.total),
                       quantile_cont(y.total, 0.25), quantile_cont(y.total, 0.75),
                       avg(CASE WHEN y.passed THEN 1.0 ELSE 0.0 END), count(*) FILTER (WHERE NOT y.passed),
                       bool_or(a.is_synthetic)
                FROM v_agency_year y JOIN v_agency a USING (agency_code)
                WHERE y.total IS NOT NULL
                GROUP BY y.fiscal_year
                ORDER BY y.fiscal_year""";
        List<YearSummary> out = new ArrayList<>();
        try (Connection c = store.newConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new YearSummary(FiscalYear.of(rs.getInt(1)), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getInt(8), rs.getBoolean(9)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the national series: " + e.getMessage(), e);
        }
        return out;
    }
}

package th.ita.insight.analytics.trend;

import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Year-by-year summaries, computed set-based in DuckDB over the public views. */
public final class TrendQueries {

    private final ItaStore store;

    public TrendQueries(ItaStore store) {
        this.store = store;
    }

    /** The national series: every agency with a complete total, per fiscal year, oldest first. */
    public List<YearSummary> nationalSeries() {
        return series(Scope.nation());
    }

    /** The series of a scope: every agency in it with a complete total, per fiscal year, oldest first. */
    public List<YearSummary> series(Scope scope) {
        return store.cached("series " + scope, () -> List.copyOf(querySeries(scope)));
    }

    private List<YearSummary> querySeries(Scope scope) {
        String sql = """
                SELECT y.fiscal_year, count(*) AS n, avg(y.total), median(y.total),
                       quantile_cont(y.total, 0.25), quantile_cont(y.total, 0.75),
                       avg(CASE WHEN y.passed THEN 1.0 ELSE 0.0 END), count(*) FILTER (WHERE NOT y.passed),
                       bool_or(a.is_synthetic), min(y.total), max(y.total)
                FROM v_agency_year y JOIN v_agency a USING (agency_code)
                WHERE y.total IS NOT NULL AND %s
                GROUP BY y.fiscal_year
                ORDER BY y.fiscal_year""".formatted(scope.sqlCondition());
        List<YearSummary> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, scope.value());
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(new YearSummary(FiscalYear.of(rs.getInt(1)), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getInt(8), rs.getBoolean(9),
                        rs.getDouble(10), rs.getDouble(11)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the series of " + scope + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One agency's totals, oldest first (years with a complete total only). */
    public List<TrendStatistics.Point> agencySeries(String agencyCode) {
        // per store version: every agency page asks for it again
        return store.cached("agencySeries|" + agencyCode, () -> List.copyOf(agencySeriesUncached(agencyCode)));
    }

    private List<TrendStatistics.Point> agencySeriesUncached(String agencyCode) {
        List<TrendStatistics.Point> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT fiscal_year, total FROM v_agency_year WHERE agency_code = ? AND total IS NOT NULL ORDER BY fiscal_year")) {
            ps.setString(1, agencyCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TrendStatistics.Point(rs.getInt(1), rs.getDouble(2)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the series of " + agencyCode + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Fiscal years that have scores in the store, oldest first. */
    public List<FiscalYear> yearsWithData() {
        return store.cached("yearsWithData", () -> List.copyOf(queryYearsWithData()));
    }

    private List<FiscalYear> queryYearsWithData() {
        List<FiscalYear> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT fiscal_year FROM v_agency_year ORDER BY 1"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(FiscalYear.of(rs.getInt(1)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list fiscal years: " + e.getMessage(), e);
        }
        return out;
    }

    /** Agencies per rating band and fiscal year in a scope (bands in the order of the year's scheme). */
    public Map<FiscalYear, Map<String, Integer>> bandCounts(Scope scope) {
        return store.cached("bandCounts " + scope, () -> java.util.Collections.unmodifiableMap(queryBandCounts(scope)));
    }

    private Map<FiscalYear, Map<String, Integer>> queryBandCounts(Scope scope) {
        String sql = """
                SELECT m.fiscal_year, b.band, count(y.agency_code)
                FROM methodology_year m
                JOIN methodology_band b ON b.band_scheme = m.band_scheme
                LEFT JOIN (v_agency_year y JOIN v_agency a USING (agency_code))
                       ON y.fiscal_year = m.fiscal_year AND y.rating = b.band AND %s
                WHERE m.fiscal_year IN (SELECT DISTINCT fiscal_year FROM v_agency_year)
                GROUP BY m.fiscal_year, b.band, b.ordinal
                ORDER BY m.fiscal_year, b.ordinal""".formatted(scope.sqlCondition());
        Map<FiscalYear, Map<String, Integer>> out = new TreeMap<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, scope.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(FiscalYear.of(rs.getInt(1)), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count bands of " + scope + ": " + e.getMessage(), e);
        }
        return out;
    }
}

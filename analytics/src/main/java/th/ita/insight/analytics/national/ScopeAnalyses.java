package th.ita.insight.analytics.national;

import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;
import th.ita.insight.analytics.trend.ForecastMethod;
import th.ita.insight.analytics.trend.Scope;
import th.ita.insight.analytics.trend.TrendQueries;
import th.ita.insight.analytics.trend.TrendStatistics;
import th.ita.insight.analytics.trend.YearSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Summaries of a scope's fiscal year for executives and supervisors; set-based SQL over the public views. */
public final class ScopeAnalyses {

    /** Robust z beyond which an indicator change is an anomaly. */
    public static final double ANOMALY_Z = 3.0;

    private final ItaStore store;
    private final Methodology methodology;
    private final TrendQueries trends;

    public ScopeAnalyses(ItaStore store, Methodology methodology) {
        this.store = store;
        this.methodology = methodology;
        this.trends = new TrendQueries(store);
    }

    public Optional<ScopeSummary> summary(Scope scope, FiscalYear year, int movers) {
        return store.cached("scopeSummary " + scope + " " + year + " " + movers, () -> (computeSummary(scope, year, movers)));
    }

    private Optional<ScopeSummary> computeSummary(Scope scope, FiscalYear year, int movers) {
        List<YearSummary> series = trends.series(scope);
        Optional<YearSummary> thisYear = series.stream().filter(y -> y.fiscalYear().equals(year)).findFirst();
        if (thisYear.isEmpty()) {
            return Optional.empty();
        }
        List<YearSummary> upTo = series.stream().filter(y -> y.fiscalYear().compareTo(year) <= 0).toList();
        List<TrendStatistics.Point> points = upTo.stream()
                .map(y -> new TrendStatistics.Point(y.fiscalYear().buddhistEra(), y.mean())).toList();
        double target = methodology.require(year).targetPassShare();
        Map<String, Integer> bands = trends.bandCounts(scope).getOrDefault(year, Map.of());
        return Optional.of(new ScopeSummary(scope.kind().name().toLowerCase() + (scope.value().isEmpty() ? "" : ":" + scope.value()),
                year, thisYear.get(), target, thisYear.get().passShare() >= target, bands,
                weakIndicators(scope, year), movers(scope, year, movers, false), movers(scope, year, movers, true),
                anomalies(scope, year, 20), upTo, TrendStatistics.fit(points),
                TrendStatistics.forecast(points, ForecastMethod.SHIPPED)));
    }

    /** How often each indicator is weak in the scope, most often first (cached per store version: every agency page asks). */
    public List<WeakIndicatorFrequency> weakIndicators(Scope scope, FiscalYear year) {
        return store.cached("weakIndicators " + scope + " " + year, () -> List.copyOf(computeWeakIndicators(scope, year)));
    }

    private List<WeakIndicatorFrequency> computeWeakIndicators(Scope scope, FiscalYear year) {
        String sql = """
                SELECT i.indicator, any_value(i.name_th), count(*), count(*) FILTER (WHERE i.is_weak),
                       avg(CASE WHEN i.is_weak THEN 1.0 ELSE 0.0 END),
                       coalesce(avg(i.weak_threshold - i.score) FILTER (WHERE i.is_weak), 0), avg(i.score)
                FROM indicator_analysis(?::INTEGER, NULL) i JOIN v_agency a USING (agency_code)
                WHERE %s
                GROUP BY i.indicator
                ORDER BY 4 DESC, 1""".formatted(scope.sqlCondition());
        List<WeakIndicatorFrequency> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year.buddhistEra());
            ps.setString(2, scope.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WeakIndicatorFrequency(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            round(rs.getDouble(5), 4), round(rs.getDouble(6), 2), round(rs.getDouble(7), 2)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot rank weak indicators: " + e.getMessage(), e);
        }
        return out;
    }

    public List<Mover> movers(Scope scope, FiscalYear year, int limit, boolean falls) {
        String sql = """
                SELECT a.agency_code, a.name_th, a.province, p.total, y.total, round(y.total - p.total, 2) AS change
                FROM v_agency_year y
                JOIN v_agency_year p ON p.agency_code = y.agency_code AND p.fiscal_year = y.fiscal_year - 1
                JOIN v_agency a ON a.agency_code = y.agency_code
                WHERE y.fiscal_year = ? AND y.total IS NOT NULL AND p.total IS NOT NULL AND %s
                ORDER BY change %s, a.agency_code
                LIMIT ?""".formatted(scope.sqlCondition(), falls ? "ASC" : "DESC");
        List<Mover> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year.buddhistEra());
            ps.setString(2, scope.value());
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Mover(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find movers: " + e.getMessage(), e);
        }
        return out;
    }

    /** Indicator changes beyond {@link #ANOMALY_Z} robust SDs of that indicator's changes nationally that year. */
    public List<Anomaly> anomalies(Scope scope, FiscalYear year, int limit) {
        String sql = """
                WITH d AS (
                    SELECT agency_code, indicator, previous, score, change,
                           median(change) OVER (PARTITION BY indicator) AS med
                    FROM indicator_analysis(?::INTEGER, NULL) WHERE change IS NOT NULL
                ), m AS (
                    SELECT *, 1.4826 * median(abs(change - med)) OVER (PARTITION BY indicator) AS robust_sd FROM d
                )
                SELECT m.agency_code, a.name_th, m.indicator, m.previous, m.score, m.change,
                       round((m.change - m.med) / m.robust_sd, 2) AS z
                FROM m JOIN v_agency a USING (agency_code)
                WHERE m.robust_sd > 0 AND abs(m.change - m.med) > ? * m.robust_sd AND %s
                ORDER BY abs(z) DESC, m.agency_code, m.indicator
                LIMIT ?""".formatted(scope.sqlCondition());
        List<Anomaly> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year.buddhistEra());
            ps.setDouble(2, ANOMALY_Z);
            ps.setString(3, scope.value());
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Anomaly(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6), rs.getDouble(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find anomalies: " + e.getMessage(), e);
        }
        return out;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}

package th.ita.insight.analytics.satisfaction;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Citizen-satisfaction results and their link to the EIT (service users' view in ITA). */
public final class SatisfactionAnalyses {

    /** Default target: 80 % satisfied, the most common target in agencies' reports. */
    public static final double DEFAULT_TARGET = 80.0;

    private static final int MIN_N = 5;

    private final ItaStore store;

    public SatisfactionAnalyses(ItaStore store) {
        this.store = store;
    }

    public Optional<SatisfactionSummary> summary(String agencyCode, FiscalYear year, double target) {
        // per store version: every agency page asks for it again
        return store.cached("satisfactionSummary|" + agencyCode + "|" + year.buddhistEra() + "|" + target, () -> summaryUncached(agencyCode, year, target));
    }

    private Optional<SatisfactionSummary> summaryUncached(String agencyCode, FiscalYear year, double target) {
        List<AreaResult> areas = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT service_area, respondents, mean_score, sd, percent_satisfied FROM v_satisfaction
                WHERE agency_code = ? AND fiscal_year = ? ORDER BY service_area""")) {
            ps.setString(1, agencyCode);
            ps.setInt(2, year.buddhistEra());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double sd = rs.getDouble(4);
                    OptionalDouble osd = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(sd);
                    areas.add(new AreaResult(rs.getString(1), rs.getInt(2), rs.getDouble(3), osd, rs.getDouble(5),
                            rs.getDouble(5) >= target));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read satisfaction of " + agencyCode + ": " + e.getMessage(), e);
        }
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        int n = areas.stream().mapToInt(AreaResult::respondents).sum();
        double mean = areas.stream().mapToDouble(a -> a.meanScore() * a.respondents()).sum() / n;
        double pct = areas.stream().mapToDouble(a -> a.percentSatisfied() * a.respondents()).sum() / n;
        double meeting = areas.stream().filter(AreaResult::meetsTarget).count() / (double) areas.size();
        return Optional.of(new SatisfactionSummary(agencyCode, year.buddhistEra(), n, r2(mean), r2(pct), target,
                r4(meeting), List.copyOf(areas)));
    }

    /** An agency's total against its overall (respondent-weighted) satisfaction. */
    public record AgencyPoint(String agencyCode, String nameTh, double total, double eit, double overallMean,
                              double overallPercent, int respondents) {}

    /** Every agency of a province with both a total and a survey in the year (for the total-vs-satisfaction scatter). */
    public List<AgencyPoint> provincePoints(String provinceCode, FiscalYear year) {
        return store.cached("satisfactionPoints " + provinceCode + " " + year, () -> List.copyOf(queryProvincePoints(provinceCode, year)));
    }

    private List<AgencyPoint> queryProvincePoints(String provinceCode, FiscalYear year) {
        List<AgencyPoint> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT a.agency_code, a.name_th, y.total, y.eit,
                       sum(s.mean_score * s.respondents) / sum(s.respondents),
                       sum(s.percent_satisfied * s.respondents) / sum(s.respondents), sum(s.respondents)::INTEGER
                FROM v_agency_year y
                JOIN v_agency a USING (agency_code)
                JOIN v_satisfaction s ON s.agency_code = y.agency_code AND s.fiscal_year = y.fiscal_year
                WHERE y.fiscal_year = ? AND a.province_code = ? AND y.total IS NOT NULL
                GROUP BY a.agency_code, a.name_th, y.total, y.eit
                ORDER BY a.agency_code""")) {
            ps.setInt(1, year.buddhistEra());
            ps.setString(2, provinceCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AgencyPoint(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                            r2(rs.getDouble(5)), r2(rs.getDouble(6)), rs.getInt(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the satisfaction of province " + provinceCode + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** EIT against overall satisfaction: nationally, then per province and per agency type (scopes with n ≥ 5). */
    public List<Correlation> eitLinks(FiscalYear year) {
        Map<String, List<double[]>> groups = new LinkedHashMap<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT a.province, a.agency_type, y.eit, s.m
                FROM v_agency_year y
                JOIN v_agency a USING (agency_code)
                JOIN (SELECT fiscal_year, agency_code, sum(mean_score * respondents) / sum(respondents) AS m
                      FROM v_satisfaction GROUP BY ALL) s USING (fiscal_year, agency_code)
                WHERE y.fiscal_year = ? AND y.eit IS NOT NULL
                ORDER BY a.province, a.agency_type""")) {
            ps.setInt(1, year.buddhistEra());
            try (ResultSet rs = ps.executeQuery()) {
                groups.put("nation", new ArrayList<>());
                while (rs.next()) {
                    double[] pair = {rs.getDouble(3), rs.getDouble(4)};
                    groups.get("nation").add(pair);
                    groups.computeIfAbsent("province:" + rs.getString(1), k -> new ArrayList<>()).add(pair);
                    groups.computeIfAbsent("agency_type:" + rs.getString(2), k -> new ArrayList<>()).add(pair);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot link satisfaction to EIT: " + e.getMessage(), e);
        }
        List<Correlation> out = new ArrayList<>();
        groups.forEach((scope, pairs) -> correlation(scope, year.buddhistEra(), pairs).ifPresent(out::add));
        return out;
    }

    static Optional<Correlation> correlation(String scope, int year, List<double[]> pairs) {
        int n = pairs.size();
        if (n < MIN_N) {
            return Optional.empty();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = pairs.get(i)[0];
            y[i] = pairs.get(i)[1];
        }
        double r = new PearsonsCorrelation().correlation(x, y);
        double rho = new SpearmansCorrelation().correlation(x, y);
        if (Double.isNaN(r) || Double.isNaN(rho)) {
            return Optional.empty();
        }
        return Optional.of(new Correlation(scope, year, n, r4(r), pValue(r, n), r4(rho), pValue(rho, n)));
    }

    /** Two-sided p-value of a correlation coefficient: t = r √((n−2)/(1−r²)) on n − 2 degrees of freedom. */
    static double pValue(double r, int n) {
        if (Math.abs(r) >= 1.0) {
            return 0.0;
        }
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        double p = 2 * (1 - new TDistribution(null, n - 2).cumulativeProbability(Math.abs(t)));
        return Math.max(p, 0.0);
    }

    private static double r2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static double r4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}

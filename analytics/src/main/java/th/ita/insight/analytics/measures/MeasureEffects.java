package th.ita.insight.analytics.measures;

import org.apache.commons.math3.distribution.NormalDistribution;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Did the measures work?" — a plain difference-in-differences per indicator: among agency-years where the indicator
 * was weak (below 80) in the assessed year, the change to the next year for agencies that recorded a measure
 * targeting it in that next year, minus the change for agencies that did not, compared within strata of the same
 * year, agency type, indicator and 5-point band of the starting score. Low scores tend to rise the next year
 * whatever is done (regression to the mean); comparing agencies that started equally low removes most of that. It is
 * still an ASSOCIATION, not proof: agencies choose to record measures, and the groups may differ in ways the data
 * do not show.
 */
public final class MeasureEffects {

    /**
     * The comparison for one indicator: treated and control agency-years counted over the strata that have both,
     * the mean changes (control mean weighted like the treated), their difference with a 95 % interval and p.
     */
    public record Effect(int indicator, int treated, int control, double meanChangeTreated, double meanChangeControl,
                         double difference, double standardError, double ciLow, double ciHigh, double pValue) {}

    private final ItaStore store;

    public MeasureEffects(ItaStore store) {
        this.store = store;
    }

    /**
     * Agency-years with an indicator below 80, its change to the next year, and whether a measure of that next year
     * targeted it; with the strata keys (type, 5-point starting band, 10-point band of the gap to the total).
     */
    private static final String PAIRS = """
            WITH targeted AS (
                SELECT DISTINCT agency_code, fiscal_year, unnest(indicators) AS indicator FROM measure
            ), pairs AS (
                SELECT a.agency_code, ag.agency_type, a.fiscal_year + 1 AS measured_year, a.indicator,
                       floor(a.score / 5) AS start_band, floor((y.total - a.score) / 10) AS gap_band,
                       a.score AS score_before, b.score AS score_after,
                       b.score - a.score AS change, t.agency_code IS NOT NULL AS treated
                FROM agency_indicator_year a
                JOIN agency_indicator_year b ON b.agency_code = a.agency_code AND b.fiscal_year = a.fiscal_year + 1
                     AND b.indicator = a.indicator
                JOIN agency ag ON ag.agency_code = a.agency_code
                JOIN agency_year_total y ON y.agency_code = a.agency_code AND y.fiscal_year = a.fiscal_year
                LEFT JOIN targeted t ON t.agency_code = a.agency_code AND t.fiscal_year = a.fiscal_year + 1
                     AND t.indicator = a.indicator
                WHERE a.score < 80
            )""";

    /**
     * One agency's measured indicator against comparable agencies without such a measure: same year, type, indicator,
     * starting band and gap band ({@code controls} of them, their mean change). Association, not proof.
     */
    public record AgencyOutcome(int indicator, double before, double after, double change, int controls,
                                double controlMeanChange) {}

    /**
     * For the indicators that the agency's measures of {@code measuredYear} targeted and that were below 80 the year
     * before: how they changed, beside comparable agencies; empty when it recorded none or the year has no scores yet.
     */
    public List<AgencyOutcome> forAgency(th.ita.insight.analytics.agency.AgencyCode agency,
                                         th.ita.insight.analytics.methodology.FiscalYear measuredYear) {
        // every treated agency-year at once, once per store version: the comparison groups need the whole pairs
        // table anyway, and one query per agency page was three quarters of the agency page's time under load
        return store.cached("measureOutcomes", this::computeOutcomes)
                .getOrDefault(agency.value() + "|" + measuredYear.buddhistEra(), List.of());
    }

    /** How many agency-years have a measured outcome (computing them all for this store version, e.g. at start-up). */
    public int agencyYearsWithOutcomes() {
        return store.cached("measureOutcomes", this::computeOutcomes).size();
    }

    private Map<String, List<AgencyOutcome>> computeOutcomes() {
        Map<String, List<AgencyOutcome>> out = new HashMap<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(PAIRS + """
                , mine AS (SELECT * FROM pairs WHERE treated)
                SELECT m.agency_code, m.measured_year, m.indicator, m.score_before, m.score_after, m.change,
                       count(p.agency_code), avg(p.change)
                FROM mine m LEFT JOIN pairs p ON NOT p.treated AND p.measured_year = m.measured_year
                     AND p.agency_type = m.agency_type AND p.indicator = m.indicator
                     AND p.start_band = m.start_band AND p.gap_band = m.gap_band
                GROUP BY ALL ORDER BY m.agency_code, m.measured_year, m.indicator""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1) + "|" + rs.getInt(2), k -> new ArrayList<>())
                        .add(new AgencyOutcome(rs.getInt(3), r(rs.getDouble(4)), r(rs.getDouble(5)), r(rs.getDouble(6)),
                                rs.getInt(7), r(rs.getDouble(8))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compare the agencies that recorded measures with comparable ones: " + e.getMessage(), e);
        }
        Map<String, List<AgencyOutcome>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** One row per indicator with at least two treated and two control agency-years; empty when no measures are recorded. */
    public List<Effect> byIndicator() {
        return store.cached("measureEffects", () -> List.copyOf(compute()));
    }

    private List<Effect> compute() {
        List<Effect> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(PAIRS + """
                , strata AS (   -- compare like with like: same year, type, indicator and 5-point band of the starting score
                    SELECT DISTINCT measured_year, agency_type, indicator, start_band, gap_band FROM pairs WHERE treated
                )
                SELECT p.indicator, p.measured_year, p.agency_type, p.start_band + 1000 * p.gap_band,
                       count(*) FILTER (WHERE p.treated), count(*) FILTER (WHERE NOT p.treated),
                       avg(p.change) FILTER (WHERE p.treated), avg(p.change) FILTER (WHERE NOT p.treated),
                       coalesce(var_samp(p.change) FILTER (WHERE p.treated), 0), coalesce(var_samp(p.change) FILTER (WHERE NOT p.treated), 0)
                FROM pairs p JOIN strata s USING (measured_year, agency_type, indicator, start_band, gap_band)
                GROUP BY ALL ORDER BY p.indicator""");
             ResultSet rs = ps.executeQuery()) {
            // a stratified estimate: the difference within each stratum, averaged with the treated agency-years as
            // weights, so that the controls stand for agencies that started where the treated did
            java.util.Map<Integer, double[]> acc = new java.util.TreeMap<>();   // n_t, n_c, Σw·mt, Σw·mc, Σw²·var, strata
            while (rs.next()) {
                int nt = rs.getInt(5);
                int nc = rs.getInt(6);
                if (nt == 0 || nc < 2) {
                    continue;   // no comparable agencies that started as low: this stratum cannot be compared
                }
                double vc = rs.getDouble(10);
                double vt = nt > 1 ? rs.getDouble(9) : vc;   // one treated agency-year: its spread taken as the controls'
                double[] a = acc.computeIfAbsent(rs.getInt(1), k -> new double[6]);
                a[0] += nt;
                a[1] += nc;
                a[2] += nt * rs.getDouble(7);
                a[3] += nt * rs.getDouble(8);
                a[4] += (double) nt * nt * (vt / nt + vc / nc);
                a[5]++;
            }
            NormalDistribution normal = new NormalDistribution();
            for (var e : acc.entrySet()) {
                double[] a = e.getValue();
                if (a[0] < 2) {
                    continue;
                }
                double mt = a[2] / a[0];
                double mc = a[3] / a[0];
                double se = Math.sqrt(a[4]) / a[0];
                double diff = mt - mc;
                double p = se == 0 ? 1.0 : 2 * (1 - normal.cumulativeProbability(Math.abs(diff / se)));
                out.add(new Effect(e.getKey(), (int) a[0], (int) a[1], r(mt), r(mc), r(diff), r(se), r(diff - 1.96 * se), r(diff + 1.96 * se),
                        Math.round(p * 10_000) / 10_000.0));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compare agencies with and without measures: " + e.getMessage(), e);
        }
        return out;
    }

    private static double r(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

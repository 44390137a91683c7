package th.ita.insight.analytics.measures;

import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.analysis.IndicatorResult;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Path to pass": the fewest indicator improvements that lift an agency's total to a target (85 to pass, 95 for
 * the top band), each indicator raised at most to a realistic ceiling — what the best tenth of agencies of the
 * same type scored on that indicator in the same year nationally (never below the current score). Taking the
 * largest possible gains first gives the fewest indicators; the last step is raised only as far as needed.
 */
public final class PathToPass {

    /** The share of same-type agencies that scored at or below an indicator's ceiling. */
    public static final double CEILING_QUANTILE = 0.90;

    /** One step: raise {@code indicator} from {@code from} to {@code to}; the total gains {@code points}. */
    public record Step(int indicator, String nameTh, String nameEn, double from, double to, double ceiling, double points,
                       double totalAfter) {}

    /**
     * The plan for one target. {@code reachable} is false when raising every indicator to its ceiling still falls
     * short; the steps then show how far it gets.
     */
    public record Plan(double target, double currentTotal, boolean alreadyThere, boolean reachable, List<Step> steps) {}

    /**
     * An OIT item not (fully) published: raising it to 100 adds {@code points} to the total — its share of its
     * indicator (the indicator is the mean of its items) times the indicator's weight.
     */
    public record ItemStep(String item, int indicator, String subIndicator, String nameTh, double score, double points) {}

    private final ItaStore store;
    private final Methodology methodology;

    public PathToPass(ItaStore store, Methodology methodology) {
        this.store = store;
        this.methodology = methodology;
    }

    /** Plans for the pass mark and for 95; empty steps when the agency-year has no complete total. */
    public List<Plan> plans(AgencyAnalysis analysis) {
        if (analysis.total().isEmpty()) {
            return List.of();
        }
        YearMethodology rules = methodology.require(analysis.fiscalYear());
        Map<Integer, Double> ceilings = ceilings(analysis.fiscalYear().buddhistEra(), analysis.agencyType());
        return List.of(plan(analysis, rules, ceilings, rules.passMark()), plan(analysis, rules, ceilings, 95.0));
    }

    static Plan plan(AgencyAnalysis analysis, YearMethodology rules, Map<Integer, Double> ceilings, double target) {
        double total = analysis.total().getAsDouble();
        if (total >= target) {
            return new Plan(target, total, true, true, List.of());
        }
        record Option(IndicatorResult indicator, double ceiling, double weight, double gain) {}
        List<Option> options = new ArrayList<>();
        for (IndicatorResult r : analysis.indicators()) {
            double ceiling = Math.max(r.score(), ceilings.getOrDefault(r.indicator(), 100.0));
            double weight = rules.indicatorWeight(r.indicator());
            options.add(new Option(r, ceiling, weight, weight * (ceiling - r.score())));
        }
        options.sort(Comparator.comparingDouble(Option::gain).reversed().thenComparingInt(o -> o.indicator().indicator()));
        List<Step> steps = new ArrayList<>();
        double running = total;
        for (Option o : options) {
            if (running >= target - 1e-9 || o.gain() <= 1e-9) {
                break;
            }
            double needed = target - running;
            double points = Math.min(o.gain(), needed);
            double to = o.indicator().score() + points / o.weight();
            running += points;
            steps.add(new Step(o.indicator().indicator(), o.indicator().nameTh(), o.indicator().nameEn(), o.indicator().score(),
                    round2(Math.min(100.0, to)), round2(o.ceiling()), round2(points), round2(running)));
        }
        return new Plan(target, total, false, running >= target - 1e-6, List.copyOf(steps));
    }

    /**
     * For OIT: which items to publish first — the agency-year's OIT items below 100, the largest gain to the total
     * first. Empty when the store holds no OIT item results for it or the year's methodology has no OIT item list.
     */
    public List<ItemStep> oitItemsToPublish(AgencyAnalysis analysis) {
        YearMethodology rules = methodology.require(analysis.fiscalYear());
        if (rules.oitItemDictionary().isEmpty()) {
            return List.of();
        }
        List<th.ita.insight.analytics.methodology.OitItem> dictionary = methodology.oitItems(rules.oitItemDictionary().get());
        Map<Integer, Long> itemsPerIndicator = new HashMap<>();
        Map<String, th.ita.insight.analytics.methodology.OitItem> byCode = new HashMap<>();
        for (var i : dictionary) {
            itemsPerIndicator.merge(i.indicator(), 1L, Long::sum);
            byCode.put(i.item(), i);
        }
        List<ItemStep> steps = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT item, score FROM item_result WHERE fiscal_year = ? AND agency_code = ? AND tool = 'OIT' AND score < 100""")) {
            ps.setInt(1, analysis.fiscalYear().buddhistEra());
            ps.setString(2, analysis.agencyCode().value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var item = byCode.get(rs.getString(1));
                    if (item == null) {
                        continue;
                    }
                    double score = rs.getDouble(2);
                    double points = (100.0 - score) / itemsPerIndicator.get(item.indicator()) * rules.indicatorWeight(item.indicator());
                    steps.add(new ItemStep(item.item(), item.indicator(), item.subIndicator(), item.nameTh(), score, round2(points)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read OIT item results: " + e.getMessage(), e);
        }
        steps.sort(Comparator.comparingDouble(ItemStep::points).reversed()
                .thenComparingInt(s -> Integer.parseInt(s.item().substring(1))));
        return List.copyOf(steps);
    }

    /** Per indicator, the score the best tenth of same-type agencies reached nationally that year. */
    public Map<Integer, Double> ceilings(int fiscalYear, String agencyType) {
        return store.cached("ceilings " + fiscalYear + " " + agencyType, () -> {
            Map<Integer, Double> out = new HashMap<>();
            try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                    SELECT i.indicator, quantile_cont(i.score, ?) FROM agency_indicator_year i JOIN agency a USING (agency_code)
                    WHERE i.fiscal_year = ? AND a.agency_type = ? GROUP BY i.indicator""")) {
                ps.setDouble(1, CEILING_QUANTILE);
                ps.setInt(2, fiscalYear);
                ps.setString(3, agencyType);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getInt(1), rs.getDouble(2));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot compute indicator ceilings: " + e.getMessage(), e);
            }
            return Map.copyOf(out);
        });
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

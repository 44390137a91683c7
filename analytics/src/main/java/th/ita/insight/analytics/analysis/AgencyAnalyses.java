package th.ita.insight.analytics.analysis;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.methodology.FiscalYear;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Agency analyses, computed set-based in DuckDB over the public views ({@code v_agency_year},
 * {@code v_indicator_analysis}, {@code v_agency_peer}): two queries for every year of one agency, three for
 * every agency of a year.
 */
public final class AgencyAnalyses {

    // reads the stored tables directly (this module owns them): the view joins cost a few ms per agency
    private static final String AGENCY_YEARS = """
            SELECT a.agency_code, y.fiscal_year, a.name_th, a.agency_type, pr.name_th AS province, a.is_synthetic,
                   y.total, y.rating, y.rating_derived, y.passed, y.missing_reason, y.iit, y.eit, y.oit, p.total AS previous_total
            FROM agency a
            JOIN province pr USING (province_code)
            JOIN agency_year_total y ON y.agency_code = a.agency_code AND y.fiscal_year = ?
            LEFT JOIN agency_year_total p ON p.agency_code = a.agency_code AND p.fiscal_year = ? - 1
            """;
    // the stored rows with the year's methodology, filtered by a plain column (the macro's "NULL means all" filter
    // is not pushed down; this one reaches the table's scan)
    private static final String INDICATORS = """
            SELECT agency_code, fiscal_year, indicator, tool, name_th, name_en, score, previous, change, class, trend_class,
                   is_highest, is_weak, gain_to_threshold, gain_to_100
            FROM agency_indicator_analysis
            WHERE %s = ?
            ORDER BY agency_code, fiscal_year, indicator
            """;
    /** One agency's rows of every year with their standing among peers (the derived agency_year_peer table). */
    private static final String AGENCY_YEARS_AND_PEERS = """
            SELECT t.agency_code, t.fiscal_year, a.name_th, a.agency_type, pr.name_th AS province, a.is_synthetic,
                   t.total, t.rating, t.rating_derived, t.passed, t.missing_reason, t.iit, t.eit, t.oit, p.total AS previous_total,
                   pe.rank_in_province, pe.agencies_in_province,
                   pe.percentile_type_national AS percentile_n, pe.z_type_national AS z_n, pe.peers_type_national AS peers_n,
                   pe.percentile_type_province AS percentile_p, pe.z_type_province AS z_p, pe.peers_type_province AS peers_p
            FROM agency_year_total t
            JOIN agency a USING (agency_code)
            JOIN province pr USING (province_code)
            LEFT JOIN agency_year_total p ON p.agency_code = t.agency_code AND p.fiscal_year = t.fiscal_year - 1
            LEFT JOIN agency_year_peer pe ON pe.agency_code = t.agency_code AND pe.fiscal_year = t.fiscal_year
            WHERE t.agency_code = $1
            ORDER BY t.fiscal_year
            """;
    private static final String PEERS = """
            SELECT agency_code, rank_in_province, agencies_in_province, percentile_type_national, z_type_national,
                   peers_type_national, percentile_type_province, z_type_province, peers_type_province
            FROM v_agency_peer WHERE fiscal_year = ?
            """;

    private final ItaStore store;
    private final Methodology methodology;

    public AgencyAnalyses(ItaStore store, Methodology methodology) {
        this.store = store;
        this.methodology = methodology;
    }

    /** The analysis of one agency in one fiscal year, if the agency has scores that year. */
    public Optional<AgencyAnalysis> analyze(AgencyCode code, FiscalYear year) {
        return history(code).stream().filter(a -> a.fiscalYear().equals(year)).findFirst();
    }

    /**
     * The analyses of one agency in every fiscal year it has scores, oldest first. All years cost about what one
     * does (two lookups by agency), and a planner moving between years then reads them from the store's cache.
     */
    public List<AgencyAnalysis> history(AgencyCode code) {
        return store.cached("agencyHistory " + code.value(), () -> List.copyOf(run(Optional.empty(), Optional.of(code))));
    }

    /** Every agency scored in the fiscal year, by agency code. */
    public List<AgencyAnalysis> analyzeAll(FiscalYear year) {
        return run(Optional.of(year), Optional.empty());
    }

    /** The latest fiscal year in which the agency has scores. */
    public OptionalInt latestYear(AgencyCode code) {
        try (Connection c = store.newConnection();
             PreparedStatement ps = c.prepareStatement("SELECT max(fiscal_year) FROM v_agency_year WHERE agency_code = ?")) {
            ps.setString(1, code.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int y = rs.getInt(1);
                return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(y);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read agency " + code + ": " + e.getMessage(), e);
        }
    }

    /** Either one year of every agency, or every year of one agency. */
    private List<AgencyAnalysis> run(Optional<FiscalYear> oneYear, Optional<AgencyCode> only) {
        try (Connection c = store.newConnection()) {
            Map<String, List<IndicatorResult>> indicators = new HashMap<>();
            Map<String, List<WeakIndicator>> weak = new HashMap<>();
            Map<String, Map<IndicatorClass, List<Integer>>> classes = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(INDICATORS.formatted(only.isPresent() ? "agency_code" : "fiscal_year"))) {
                if (only.isPresent()) {
                    ps.setString(1, only.get().value());
                } else {
                    ps.setInt(1, oneYear.orElseThrow().buddhistEra());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = key(rs.getString("agency_code"), rs.getInt("fiscal_year"));
                        int ind = rs.getInt("indicator");
                        IndicatorClass cls = IndicatorClass.fromSql(rs.getString("class"));
                        IndicatorClass trend = IndicatorClass.fromSql(rs.getString("trend_class"));
                        indicators.computeIfAbsent(code, k -> new ArrayList<>()).add(new IndicatorResult(ind,
                                rs.getString("tool"), rs.getString("name_th"), rs.getString("name_en"), rs.getDouble("score"),
                                optional(rs, "previous"), optional(rs, "change"), cls, trend, rs.getBoolean("is_weak")));
                        Map<IndicatorClass, List<Integer>> byClass = classes.computeIfAbsent(code, k -> emptyClassification());
                        if (rs.getBoolean("is_highest")) {
                            byClass.get(IndicatorClass.HIGHEST).add(ind);
                        }
                        byClass.get(trend).add(ind);
                        if (rs.getBoolean("is_weak")) {
                            weak.computeIfAbsent(code, k -> new ArrayList<>()).add(new WeakIndicator(ind, rs.getString("name_th"),
                                    rs.getDouble("score"), round4(rs.getDouble("gain_to_threshold")), round4(rs.getDouble("gain_to_100"))));
                        }
                    }
                }
            }
            Map<String, Peer> peers = new HashMap<>();
            if (only.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(PEERS)) {
                    ps.setInt(1, oneYear.orElseThrow().buddhistEra());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            peers.put(key(rs.getString(1), oneYear.get().buddhistEra()), new Peer(rs.getInt(2), rs.getInt(3), rs.getDouble(4), zero(rs, 5),
                                    rs.getInt(6), rs.getDouble(7), zero(rs, 8), rs.getInt(9)));
                        }
                    }
                }
            }
            List<AgencyAnalysis> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(only.isPresent() ? AGENCY_YEARS_AND_PEERS
                    : AGENCY_YEARS + " ORDER BY a.agency_code")) {
                if (only.isPresent()) {
                    ps.setString(1, only.get().value());
                } else {
                    ps.setInt(1, oneYear.orElseThrow().buddhistEra());
                    ps.setInt(2, oneYear.get().buddhistEra());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        FiscalYear year = FiscalYear.of(rs.getInt("fiscal_year"));
                        YearMethodology rules = methodology.require(year);
                        String agencyCode = rs.getString("agency_code");
                        String code = key(agencyCode, year.buddhistEra());
                        if (only.isPresent()) {
                            int rank = rs.getInt("rank_in_province");
                            if (!rs.wasNull()) {
                                peers.put(code, new Peer(rank, rs.getInt("agencies_in_province"), rs.getDouble("percentile_n"),
                                        zero(rs, "z_n"), rs.getInt("peers_n"), rs.getDouble("percentile_p"), zero(rs, "z_p"),
                                        rs.getInt("peers_p")));
                            }
                        }
                        OptionalDouble total = optional(rs, "total");
                        OptionalDouble previous = optional(rs, "previous_total");
                        ToolScores tools = new ToolScores(optional(rs, "iit"), optional(rs, "eit"), optional(rs, "oit"));
                        List<String> below = new ArrayList<>();
                        addIfBelow(below, "IIT", tools.iit(), rules.passMark());
                        addIfBelow(below, "EIT", tools.eit(), rules.passMark());
                        addIfBelow(below, "OIT", tools.oit(), rules.passMark());
                        Optional<Boolean> passed = total.isPresent() ? Optional.of(rs.getBoolean("passed")) : Optional.empty();
                        List<WeakIndicator> weakList = new ArrayList<>(weak.getOrDefault(code, List.of()));
                        weakList.sort(Comparator.comparingDouble(WeakIndicator::gainToThreshold).reversed()
                                .thenComparingInt(WeakIndicator::indicator));
                        out.add(new AgencyAnalysis(new AgencyCode(agencyCode), rs.getString("name_th"), rs.getString("agency_type"),
                                rs.getString("province"), rs.getBoolean("is_synthetic"), year, total,
                                Optional.ofNullable(rs.getString("rating")), rs.getBoolean("rating_derived"), passed,
                                Optional.ofNullable(rs.getString("missing_reason")), tools,
                                total.isPresent() && previous.isPresent()
                                        ? Optional.of(Change.between(previous.getAsDouble(), total.getAsDouble())) : Optional.empty(),
                                List.copyOf(indicators.getOrDefault(code, List.of())),
                                classes.getOrDefault(code, emptyClassification()), List.copyOf(weakList), List.copyOf(below),
                                passed.orElse(false) && !below.isEmpty(), Optional.ofNullable(peers.get(code))));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot analyse " + oneYear.map(y -> "FY" + y).orElse("")
                    + only.map(AgencyCode::value).orElse("") + ": " + e.getMessage(), e);
        }
    }

    private static String key(String agencyCode, int fiscalYear) {
        return agencyCode + "/" + fiscalYear;
    }

    private static Map<IndicatorClass, List<Integer>> emptyClassification() {
        Map<IndicatorClass, List<Integer>> m = new EnumMap<>(IndicatorClass.class);
        for (IndicatorClass c : IndicatorClass.values()) {
            m.put(c, new ArrayList<>());
        }
        return m;
    }

    private static void addIfBelow(List<String> below, String tool, OptionalDouble score, double passMark) {
        if (score.isPresent() && score.getAsDouble() < passMark) {
            below.add(tool);
        }
    }

    static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static double zero(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? 0.0 : v;
    }

    private static double zero(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? 0.0 : v;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}

package th.ita.insight.analytics.measures;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The measures an agency recorded for a fiscal year (v_measure) and their progress per round (v_measure_progress). */
public final class AgencyMeasures {

    /** A reporting round on the measures. */
    public enum Round { SIX_MONTH, ANNUAL }

    /** Progress on a measure in one round. */
    public record Progress(Round round, String status, Optional<String> result, Optional<LocalDate> reportedOn) {}

    /** A recorded measure and its progress reports. */
    public record Measure(int seq, String title, List<Integer> indicators, List<String> items, Optional<String> method,
                          Optional<String> period, Optional<String> followUp, List<String> divisions, boolean synthetic,
                          Map<Round, Progress> progress) {
        public Measure {
            indicators = List.copyOf(indicators);
            items = List.copyOf(items);
            divisions = List.copyOf(divisions);
            progress = Map.copyOf(progress);
        }
    }

    private final ItaStore store;

    public AgencyMeasures(ItaStore store) {
        this.store = store;
    }

    /**
     * The agency's measures carried out in {@code year}, in their recorded order (empty when none are recorded). Cached
     * per store version: measures change only when a load swaps in a new one.
     */
    public List<Measure> of(AgencyCode agency, FiscalYear year) {
        return store.cached("measures " + agency.value() + " " + year, () -> read(agency, year));
    }

    private List<Measure> read(AgencyCode agency, FiscalYear year) {
        Map<Integer, Map<Round, Progress>> progress = new LinkedHashMap<>();
        List<Measure> out = new ArrayList<>();
        try (Connection c = store.newConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT seq, round, status, result, reported_on FROM v_measure_progress
                    WHERE agency_code = ? AND fiscal_year = ?""")) {
                ps.setString(1, agency.value());
                ps.setInt(2, year.buddhistEra());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Round round = Round.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT));
                        java.sql.Date d = rs.getDate(5);
                        progress.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>()).put(round, new Progress(round, rs.getString(3),
                                Optional.ofNullable(rs.getString(4)), Optional.ofNullable(d).map(java.sql.Date::toLocalDate)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT seq, title, indicators, items, method, period, follow_up, divisions, is_synthetic FROM v_measure
                    WHERE agency_code = ? AND fiscal_year = ? ORDER BY seq""")) {
                ps.setString(1, agency.value());
                ps.setInt(2, year.buddhistEra());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int seq = rs.getInt(1);
                        List<Integer> indicators = Arrays.stream((Object[]) ((Array) rs.getArray(3)).getArray())
                                .map(o -> ((Number) o).intValue()).toList();
                        List<String> items = Arrays.stream((Object[]) ((Array) rs.getArray(4)).getArray()).map(String::valueOf).toList();
                        String divisions = rs.getString(8);
                        out.add(new Measure(seq, rs.getString(2), indicators, items, Optional.ofNullable(rs.getString(5)),
                                Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                                divisions == null ? List.of() : Arrays.stream(divisions.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList(),
                                rs.getBoolean(9), progress.getOrDefault(seq, Map.of())));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the measures of " + agency + ": " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}

package th.ita.insight.analytics.measures;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Agencies' anti-corruption action plans (v_action_plan). */
public final class ActionPlans {

    /** The four dimensions of the plans (มิติ). */
    public static final List<String> DIMENSIONS_TH = List.of("การสร้างวัฒนธรรมสุจริต", "การบริหารราชการด้วยความโปร่งใส",
            "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น");

    /** One project of a plan. */
    public record Project(int seq, String title, int dimension, BigDecimal budget, List<Integer> quarters, Optional<String> targetGroup,
                          Optional<String> objective, Optional<String> method, Optional<String> responsible, Optional<String> outputs,
                          Optional<String> note, boolean synthetic) {
        public Project {
            quarters = List.copyOf(quarters);
        }
    }

    private final ItaStore store;

    public ActionPlans(ItaStore store) {
        this.store = store;
    }

    /** The agency's plan for the fiscal year, in its order (empty when none is recorded). */
    public List<Project> of(AgencyCode agency, FiscalYear year) {
        // per store version: every agency page asks for it again
        return store.cached("actionPlans|" + agency.value() + "|" + year.buddhistEra(), () -> List.copyOf(ofUncached(agency, year)));
    }

    private List<Project> ofUncached(AgencyCode agency, FiscalYear year) {
        List<Project> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT seq, title, dimension, budget, quarters, target_group, objective, method, responsible, outputs, note, is_synthetic
                FROM v_action_plan WHERE agency_code = ? AND fiscal_year = ? ORDER BY seq""")) {
            ps.setString(1, agency.value());
            ps.setInt(2, year.buddhistEra());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Integer> quarters = Arrays.stream((Object[]) ((Array) rs.getArray(5)).getArray()).map(o -> ((Number) o).intValue()).toList();
                    out.add(new Project(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), quarters,
                            Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)), Optional.ofNullable(rs.getString(8)),
                            Optional.ofNullable(rs.getString(9)), Optional.ofNullable(rs.getString(10)), Optional.ofNullable(rs.getString(11)),
                            rs.getBoolean(12)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the action plan of " + agency + ": " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}

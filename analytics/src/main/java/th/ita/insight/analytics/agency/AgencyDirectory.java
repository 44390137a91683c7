package th.ita.insight.analytics.agency;

import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding agencies by code or Thai name (type-ahead, "did you mean"). */
public final class AgencyDirectory {

    /** An agency as the registry lists it. */
    public record Agency(String agencyCode, String nameTh, String agencyType, String agencyTypeAbbr, String provinceCode,
                         String province, String district, boolean synthetic) {}

    private static final String COLUMNS = "agency_code, name_th, agency_type, agency_type_abbr, province_code, province, "
            + "coalesce(district, ''), is_synthetic";

    private final ItaStore store;

    public AgencyDirectory(ItaStore store) {
        this.store = store;
    }

    public Optional<Agency> find(AgencyCode code) {
        List<Agency> r = store.cached("agency " + code.value(),
                () -> List.copyOf(query("SELECT " + COLUMNS + " FROM v_agency WHERE agency_code = ?", code.value())));
        return r.isEmpty() ? Optional.empty() : Optional.of(r.getFirst());
    }

    /** Agencies whose code starts with, or Thai name contains, the text; exact code first, then shortest names. */
    public List<Agency> search(String text, int limit) {
        String t = text.strip();
        return query("SELECT " + COLUMNS + " FROM v_agency WHERE agency_code LIKE ? || '%' OR name_th LIKE '%' || ? || '%' "
                + "ORDER BY agency_code = ? DESC, length(name_th), agency_code LIMIT ?", t, t, t, limit);
    }

    /** The agencies closest to the text by code and by name, for a "did you mean" message. */
    public List<Agency> nearest(String text, int limit) {
        return query("SELECT " + COLUMNS + " FROM v_agency ORDER BY greatest(jaro_winkler_similarity(agency_code, ?), "
                + "jaro_winkler_similarity(name_th, ?)) DESC, agency_code LIMIT ?", text, text, limit);
    }

    private List<Agency> query(String sql, Object... params) {
        List<Agency> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBoolean(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot search agencies: " + e.getMessage(), e);
        }
        return out;
    }
}

package th.ita.insight.analytics.province;

import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** What provincial supervisors compare: provinces against each other and the nation, and a province's agencies. */
public final class ProvinceComparison {

    private final ItaStore store;

    public ProvinceComparison(ItaStore store) {
        this.store = store;
    }

    /** Every province's standing in the fiscal year, best mean first; one query. */
    public List<ProvinceStanding> standings(FiscalYear year) {
        return store.cached("standings " + year, () -> List.copyOf(queryStandings(year)));
    }

    private List<ProvinceStanding> queryStandings(FiscalYear year) {
        String sql = """
                WITH p AS (
                    SELECT a.province_code, count(*) AS n, avg(y.total) AS mean, median(y.total) AS median,
                           avg(CASE WHEN y.passed THEN 1.0 ELSE 0.0 END) AS pass_share
                    FROM v_agency_year y JOIN v_agency a USING (agency_code)
                    WHERE y.fiscal_year = ? AND y.total IS NOT NULL
                    GROUP BY a.province_code
                ), n AS (
                    SELECT avg(total) AS mean, avg(CASE WHEN passed THEN 1.0 ELSE 0.0 END) AS pass_share
                    FROM v_agency_year WHERE fiscal_year = ? AND total IS NOT NULL
                )
                SELECT p.province_code, pr.name_th, pr.name_en, pr.region, p.n, p.mean, p.median, p.pass_share,
                       rank() OVER (ORDER BY p.mean DESC), rank() OVER (ORDER BY p.pass_share DESC), count(*) OVER (),
                       n.mean, n.pass_share
                FROM p JOIN province pr USING (province_code) CROSS JOIN n
                ORDER BY p.mean DESC, p.province_code""";
        List<ProvinceStanding> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year.buddhistEra());
            ps.setInt(2, year.buddhistEra());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ProvinceStanding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            r2(rs.getDouble(6)), r2(rs.getDouble(7)), r4(rs.getDouble(8)), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11), r2(rs.getDouble(12)), r4(rs.getDouble(13))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compare provinces: " + e.getMessage(), e);
        }
        return out;
    }

    /** The agencies of a province in the fiscal year, ranked by total (best first). */
    public List<ProvinceAgency> agencies(String provinceCode, FiscalYear year) {
        return store.cached("provinceAgencies " + provinceCode + " " + year, () -> List.copyOf(queryAgencies(provinceCode, year)));
    }

    private List<ProvinceAgency> queryAgencies(String provinceCode, FiscalYear year) {
        String sql = """
                SELECT a.agency_code, a.name_th, a.agency_type, a.district, y.total, y.rating, y.passed,
                       round(y.total - p.total, 2) AS change, pe.rank_in_province, pe.percentile_type_national,
                       pe.z_type_national, pe.percentile_type_province,
                       coalesce(w.weak, 0) AS weak,
                       a.is_synthetic
                FROM v_agency_year y
                JOIN v_agency a USING (agency_code)
                JOIN v_agency_peer pe ON pe.fiscal_year = y.fiscal_year AND pe.agency_code = y.agency_code
                LEFT JOIN v_agency_year p ON p.agency_code = y.agency_code AND p.fiscal_year = y.fiscal_year - 1
                LEFT JOIN (SELECT s.agency_code, count(*) AS weak
                           FROM v_indicator_score s JOIN methodology_year m USING (fiscal_year)
                           WHERE s.fiscal_year = ? AND s.score < m.weak_threshold GROUP BY s.agency_code) w
                       ON w.agency_code = y.agency_code
                WHERE y.fiscal_year = ? AND a.province_code = ? AND y.total IS NOT NULL
                ORDER BY pe.rank_in_province, a.agency_code""";
        List<ProvinceAgency> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year.buddhistEra());
            ps.setInt(2, year.buddhistEra());
            ps.setString(3, provinceCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double change = rs.getDouble(8);
                    OptionalDouble ch = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(change);
                    out.add(new ProvinceAgency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDouble(5), rs.getString(6), rs.getBoolean(7), ch, rs.getInt(9), rs.getDouble(10),
                            rs.getDouble(11), rs.getDouble(12), rs.getInt(13), ch.isPresent() && ch.getAsDouble() < 0,
                            rs.getBoolean(14)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the agencies of province " + provinceCode + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One cell of the agencies × indicators heat map. */
    public record IndicatorCell(String agencyCode, String nameTh, int indicator, double score) {}

    /** Every indicator score of every agency of the province in the year, by agency code then indicator. */
    public List<IndicatorCell> indicatorMatrix(String provinceCode, FiscalYear year) {
        return store.cached("indicatorMatrix " + provinceCode + " " + year, () -> List.copyOf(queryIndicatorMatrix(provinceCode, year)));
    }

    private List<IndicatorCell> queryIndicatorMatrix(String provinceCode, FiscalYear year) {
        List<IndicatorCell> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT s.agency_code, a.name_th, s.indicator, s.score
                FROM v_indicator_score s JOIN v_agency a USING (agency_code)
                WHERE s.fiscal_year = ? AND a.province_code = ?
                ORDER BY s.agency_code, s.indicator""")) {
            ps.setInt(1, year.buddhistEra());
            ps.setString(2, provinceCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndicatorCell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the indicator matrix of " + provinceCode + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A province by code, Thai or English name (จ./จังหวัด prefixes ignored). */
    public Optional<Province> find(String text) {
        String key = normalise(text);
        return all().stream().filter(p -> p.code().equals(key) || normalise(p.nameTh()).equals(key)
                || normalise(p.nameEn()).equals(key)).findFirst();
    }

    /** The provinces whose names are closest to {@code text}, for "did you mean". */
    public List<Province> nearest(String text, int limit) {
        String sql = """
                SELECT province_code, name_th, name_en, region FROM province
                ORDER BY greatest(jaro_winkler_similarity(name_th, ?), jaro_winkler_similarity(lower(name_en), lower(?))) DESC
                LIMIT ?""";
        return query(sql, text, text, limit);
    }

    public List<Province> all() {
        return store.cached("provinces", () -> List.copyOf(queryAll()));
    }

    private List<Province> queryAll() {
        return query("SELECT province_code, name_th, name_en, region FROM province ORDER BY province_code");
    }

    private List<Province> query(String sql, Object... params) {
        List<Province> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read provinces: " + e.getMessage(), e);
        }
        return out;
    }

    private static String normalise(String s) {
        String k = Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("จังหวัด")) {
            k = k.substring("จังหวัด".length());
        } else if (k.startsWith("จ.")) {
            k = k.substring(2);
        }
        return k.strip();
    }

    private static double r2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static double r4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}

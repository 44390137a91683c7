package th.ita.insight.ingest.load;

import th.ita.insight.analytics.agency.AgencyType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the store already knows that validation needs: agency codes and province names and codes. */
public final class Registry implements java.io.Serializable {

    private final HashSet<String> agencyCodes = new HashSet<>();
    private final HashMap<String, String> provinceByName = new HashMap<>();

    /** A copy to validate with: a loader adds the agencies a file creates to its registry. */
    public Registry copy() {
        Registry r = new Registry();
        r.agencyCodes.addAll(agencyCodes);
        r.provinceByName.putAll(provinceByName);
        return r;
    }

    public static Registry read(Connection c) throws SQLException {
        Registry r = new Registry();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT agency_code FROM agency")) {
                while (rs.next()) {
                    r.agencyCodes.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT province_code, name_th, name_en FROM province")) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    r.provinceByName.put(code, code);
                    r.provinceByName.put(key(rs.getString(2)), code);
                    r.provinceByName.put(key(rs.getString(3)), code);
                }
            }
        }
        r.provinceByName.put(key("กรุงเทพฯ"), "10");
        r.provinceByName.put(key("กทม."), "10");
        return r;
    }

    boolean knowsAgency(String code) {
        return agencyCodes.contains(code);
    }

    void addAgency(String code) {
        agencyCodes.add(code);
    }

    /** Province by Thai or English name or two-digit code; a leading จ./จังหวัด is ignored. */
    Optional<String> provinceCode(String text) {
        String k = key(text);
        if (k.startsWith("จังหวัด")) {
            k = k.substring("จังหวัด".length()).strip();
        } else if (k.startsWith("จ.")) {
            k = k.substring(2).strip();
        }
        return Optional.ofNullable(provinceByName.get(Values.asciiDigits(k)));
    }

    Optional<AgencyType> agencyType(String text) {
        return AgencyType.parse(text);
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

package th.ita.insight.ingest.load;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.agency.AgencyType;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.TabularFile;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --kind agencies}: the registry of agencies ({@code agency_code, agency_name, agency_type, province,
 * district}), loaded before satisfaction or response files that only name agencies by code. A code already in
 * the store gets the file's name, type, province and district; nothing else about it changes.
 */
public final class AgenciesLoader extends SingleStagingLoader {

    private final Map<String, String> seen = new HashMap<>();
    private boolean allSynthetic = true;

    public AgenciesLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    @Override
    public String kind() {
        return "agencies";
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("agency_code", "agency_name", "agency_type", "province");
    }

    @Override
    protected String stagingColumns() {
        return "(line BIGINT, agency_code VARCHAR, name_th VARCHAR, "
                + "agency_type VARCHAR, province_code VARCHAR, district VARCHAR, is_synthetic BOOLEAN)";
    }

    @Override
    protected void reset() {
        seen.clear();
        allSynthetic = true;
    }

    @Override
    protected void accept(TabularFile.Row row, Registry registry, List<Reject> rejects, List<String> warnings) {
        List<Reject> problems = new ArrayList<>();
        long line = row.line();
        String code = Values.asciiDigits(row.get("agency_code"));
        if (code.isEmpty()) {
            problems.add(reject(line, "agency_code", code, RejectRule.MISSING_VALUE, "agency_code is empty"));
        } else if (!AgencyCode.isValid(code)) {
            problems.add(reject(line, "agency_code", code, RejectRule.BAD_AGENCY_CODE,
                    "'" + code + "' is not an agency code (3–20 letters or digits)"));
        }
        String name = row.get("agency_name").strip();
        if (name.isEmpty()) {
            problems.add(reject(line, "agency_name", name, RejectRule.MISSING_VALUE, "agency_name is empty"));
        }
        Optional<AgencyType> type = registry.agencyType(row.get("agency_type"));
        if (type.isEmpty()) {
            problems.add(reject(line, "agency_type", row.get("agency_type"), RejectRule.UNKNOWN_AGENCY_TYPE,
                    "'" + row.get("agency_type") + "' is not an agency type (e.g. อบต., ทต., ทม., ทน., อบจ.)"));
        }
        Optional<String> province = registry.provinceCode(row.get("province"));
        if (province.isEmpty()) {
            problems.add(reject(line, "province", row.get("province"), RejectRule.UNKNOWN_PROVINCE,
                    "'" + row.get("province") + "' is not one of the 77 provinces"));
        }
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        String district = row.get("district").strip();
        String fingerprint = name + "|" + type.get() + "|" + province.get() + "|" + district;
        String before = seen.putIfAbsent(code, fingerprint);
        if (before != null) {
            if (!before.equals(fingerprint)) {
                rejects.add(reject(line, "agency_code", code, RejectRule.DUPLICATE_CONFLICT,
                        "agency " + code + " appears earlier in the file with other values"));
            }
            return;
        }
        boolean synthetic = ScoresLoader.isTrue(row.get("is_synthetic"));
        allSynthetic &= synthetic;
        rows().add(line, code, name, type.get().name(), province.get(), ScoresLoader.emptyToNull(district), synthetic);
        registry.addAgency(code);
    }

    @Override
    protected long merge(Statement s, long batch) throws SQLException {
        long merged = s.executeLargeUpdate("INSERT OR REPLACE INTO agency SELECT agency_code, name_th, agency_type, province_code, "
                + "district, is_synthetic, " + batch + " FROM " + staging(batch));
        // a changed type or province changes who an agency's peers are, in every year (same transaction)
        refreshDerived(s, java.util.List.of(), true);
        return merged;
    }

    @Override
    protected boolean synthetic() {
        return allSynthetic && !seen.isEmpty();
    }
}

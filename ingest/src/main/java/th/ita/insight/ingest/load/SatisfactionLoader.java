package th.ita.insight.ingest.load;

import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.TabularFile;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * {@code --kind satisfaction}: one row per agency, fiscal year and service area of a citizen-satisfaction
 * survey (5-point scale): respondents, mean (1–5), SD, percent satisfied, and counts per answer level
 * {@code n_5..n_1} where the report gives them. The agency must already be in the registry.
 */
public final class SatisfactionLoader extends SingleStagingLoader {

    private final Map<String, String> seen = new HashMap<>();
    private boolean allSynthetic = true;

    public SatisfactionLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    @Override
    public String kind() {
        return "satisfaction";
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("fiscal_year", "agency_code", "service_area", "respondents", "mean_score", "percent_satisfied");
    }

    @Override
    protected String stagingColumns() {
        return "(fiscal_year INTEGER, agency_code VARCHAR, "
                + "service_area VARCHAR, respondents INTEGER, mean_score DOUBLE, sd DOUBLE, percent_satisfied DOUBLE, "
                + "n_5 INTEGER, n_4 INTEGER, n_3 INTEGER, n_2 INTEGER, n_1 INTEGER)";
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
        Optional<YearMethodology> year = fiscalYear(row, problems, warnings);
        String code = registeredAgency(row, registry, problems);
        String area = row.get("service_area");
        if (area.isEmpty()) {
            problems.add(reject(line, "service_area", area, RejectRule.MISSING_VALUE, "service_area is empty"));
        }
        OptionalInt n = Values.integer(row.get("respondents"));
        if (n.isEmpty() || n.getAsInt() <= 0) {
            problems.add(reject(line, "respondents", row.get("respondents"),
                    n.isEmpty() ? RejectRule.UNPARSEABLE_NUMBER : RejectRule.VALUE_OUT_OF_RANGE,
                    "respondents must be a whole number above 0"));
        }
        OptionalDouble mean = ranged(row, "mean_score", 1, 5, true, problems);
        OptionalDouble sd = ranged(row, "sd", 0, 4, false, problems);
        OptionalDouble pct = ranged(row, "percent_satisfied", 0, 100, true, problems);
        Integer[] counts = new Integer[5];
        for (int level = 5; level >= 1; level--) {
            String col = "n_" + level;
            String raw = row.get(col);
            if (!raw.isEmpty()) {
                OptionalInt c = Values.integer(raw);
                if (c.isEmpty() || c.getAsInt() < 0) {
                    problems.add(reject(line, col, raw, RejectRule.UNPARSEABLE_NUMBER, col + " must be a whole number ≥ 0"));
                } else {
                    counts[5 - level] = c.getAsInt();
                }
            }
        }
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        int fy = year.orElseThrow().fiscalYear().buddhistEra();
        String key = fy + "|" + code + "|" + area;
        String fingerprint = n + "|" + mean + "|" + sd + "|" + pct;
        String before = seen.putIfAbsent(key, fingerprint);
        if (before != null) {
            if (!before.equals(fingerprint)) {
                rejects.add(reject(line, "service_area", area, RejectRule.DUPLICATE_CONFLICT,
                        "FY" + fy + " " + code + " '" + area + "' appears earlier in the file with other values"));
            }
            return;
        }
        allSynthetic &= ScoresLoader.isTrue(row.get("is_synthetic"));
        rows().add(fy, code, area, n.getAsInt(), mean.getAsDouble(), sd.isPresent() ? sd.getAsDouble() : null, pct.getAsDouble(), counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private OptionalDouble ranged(TabularFile.Row row, String col, double min, double max, boolean required,
                                  List<Reject> problems) {
        String raw = row.get(col);
        if (raw.isEmpty()) {
            if (required) {
                problems.add(reject(row.line(), col, raw, RejectRule.MISSING_VALUE, col + " is empty"));
            }
            return OptionalDouble.empty();
        }
        OptionalDouble v = Values.number(raw.replace("%", ""));
        if (v.isEmpty()) {
            problems.add(reject(row.line(), col, raw, RejectRule.UNPARSEABLE_NUMBER, col + ": '" + raw + "' is not a number"));
        } else if (v.getAsDouble() < min || v.getAsDouble() > max) {
            problems.add(reject(row.line(), col, raw, RejectRule.VALUE_OUT_OF_RANGE,
                    col + " = " + raw + " is outside " + (int) min + "–" + (int) max));
            return OptionalDouble.empty();
        }
        return v;
    }

    @Override
    protected long merge(Statement s, long batch) throws SQLException {
        String t = staging(batch);
        s.execute("DELETE FROM satisfaction_result WHERE (fiscal_year, agency_code) IN (SELECT DISTINCT fiscal_year, agency_code FROM " + t + ")");
        return s.executeLargeUpdate("INSERT INTO satisfaction_result SELECT fiscal_year, agency_code, service_area, respondents, "
                + "mean_score, sd, percent_satisfied, n_5, n_4, n_3, n_2, n_1, " + batch + " FROM " + t);
    }

    @Override
    protected boolean synthetic() {
        return allSynthetic && !seen.isEmpty();
    }
}

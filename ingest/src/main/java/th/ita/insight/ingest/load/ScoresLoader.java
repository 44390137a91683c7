package th.ita.insight.ingest.load;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.agency.AgencyType;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Indicator;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.TabularFile;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code --kind scores}, wide form: one row per agency and fiscal year with {@code ind1..ind10}, and the
 * registry fields that let an unknown agency be added; or long form (a header with {@code indicator, score} and
 * no {@code ind1..}): one row per agency, fiscal year and indicator. Either way a loaded agency-year is replaced
 * as a whole. A row with any invalid cell is rejected whole
 * (every problem in it reported), so no agency-year is stored with half its indicators from a bad row.
 * A blank indicator cell is simply not loaded: that agency-year's total is then reported missing.
 */
public final class ScoresLoader extends BatchLoader {

    private final Map<String, String> seen = new HashMap<>();
    private boolean allSynthetic = true;
    /** this file has one row per indicator (long form) */
    private boolean longForm;
    /** the file's item-level columns (i1.., e1.., o1..), in header order */
    private List<String> itemColumns = List.of();

    /** An item code: IIT i1.., EIT e1.., OIT o1.. (per-year dictionaries in the methodology). */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("[ieo][0-9]{1,3}");

    public ScoresLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    @Override
    public String kind() {
        return "scores";
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("fiscal_year", "agency_code", "ind1", "ind2", "ind3", "ind4", "ind5", "ind6", "ind7", "ind8",
                "ind9", "ind10");
    }

    @Override
    protected List<String> requiredColumns(List<String> header) {
        longForm = header.contains("indicator") && header.contains("score") && !header.contains("ind1");
        itemColumns = header.stream().filter(h -> ITEM.matcher(h).matches()).toList();
        return longForm ? List.of("fiscal_year", "agency_code", "indicator", "score") : requiredColumns();
    }

    @Override
    public List<StagingTable> stagingTables() {
        return List.of(
                new StagingTable("agency", "(line BIGINT, agency_code VARCHAR, name_th VARCHAR, agency_type VARCHAR, "
                        + "province_code VARCHAR, district VARCHAR, is_synthetic BOOLEAN)"),
                // one row per agency-year (a long file's row fills one indicator): the national file stages 55k
                // rows rather than 550k, which took a quarter of its load in the appender
                new StagingTable("score", "(fiscal_year INTEGER, agency_code VARCHAR, " + IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> "ind" + i + " DOUBLE").collect(Collectors.joining(", ")) + ")"),
                new StagingTable("total", "(fiscal_year INTEGER, agency_code VARCHAR, total DOUBLE, rating VARCHAR, "
                        + "label_th VARCHAR, source_ref VARCHAR)"),
                new StagingTable("item", "(fiscal_year INTEGER, agency_code VARCHAR, tool VARCHAR, item VARCHAR, score DOUBLE)"));
    }

    @Override
    protected void accept(TabularFile.Row row, Registry registry, List<Reject> rejects, List<String> warnings) {
        List<Reject> problems = new ArrayList<>();
        long line = row.line();

        Optional<YearMethodology> year = fiscalYear(row, problems, warnings);
        String codeText = Values.asciiDigits(row.get("agency_code"));
        if (codeText.isEmpty()) {
            problems.add(reject(line, "agency_code", codeText, RejectRule.MISSING_VALUE, "agency_code is empty"));
        } else if (!AgencyCode.isValid(codeText)) {
            problems.add(reject(line, "agency_code", codeText, RejectRule.BAD_AGENCY_CODE,
                    "'" + codeText + "' is not an agency code (3–20 letters or digits)"));
        }

        String name = row.get("agency_name");
        String typeText = row.get("agency_type");
        String provinceText = row.get("province");
        boolean hasRegistryFields = !name.isEmpty() && !typeText.isEmpty() && !provinceText.isEmpty();
        Optional<AgencyType> type = Optional.empty();
        Optional<String> province = Optional.empty();
        if (hasRegistryFields) {
            type = registry.agencyType(typeText);
            if (type.isEmpty()) {
                problems.add(reject(line, "agency_type", typeText, RejectRule.UNKNOWN_AGENCY_TYPE,
                        "'" + typeText + "' is not an agency type (e.g. อบต., ทต., ทม., ทน., อบจ.)"));
            }
            province = registry.provinceCode(provinceText);
            if (province.isEmpty()) {
                problems.add(reject(line, "province", provinceText, RejectRule.UNKNOWN_PROVINCE,
                        "'" + provinceText + "' is not one of the 77 provinces"));
            }
        } else if (!codeText.isEmpty() && !registry.knowsAgency(codeText)) {
            problems.add(reject(line, "agency_code", codeText, RejectRule.UNKNOWN_AGENCY,
                    "agency " + codeText + " is not in the registry and the row has no agency_name, agency_type and province to add it"));
        }

        if (longForm) {
            acceptLong(row, year, codeText, hasRegistryFields, type, province, problems, rejects, registry);
            return;
        }
        double[] values = new double[10];
        Arrays.fill(values, Double.NaN);
        if (year.isPresent()) {
            for (Indicator ind : year.get().indicators()) {
                OptionalDouble v = score(row, "ind" + ind.number(), problems);
                if (v.isPresent()) {
                    values[ind.number() - 1] = v.getAsDouble();
                }
            }
        }
        OptionalDouble total = score(row, "total", problems);
        Map<String, Double> items = new java.util.LinkedHashMap<>();
        if (year.isPresent()) {
            for (String column : itemColumns) {
                if (row.get(column).isEmpty()) {
                    continue;
                }
                if (itemTool(year.get(), column, row, problems).isPresent()) {
                    score(row, column, problems).ifPresent(v -> items.put(column, v));
                }
            }
        }
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        int fy = year.orElseThrow().fiscalYear().buddhistEra();
        String key = fy + "|" + codeText;
        String fingerprint = Arrays.toString(values) + "|" + total + "|" + items + "|" + name + "|" + typeText + "|" + provinceText;
        String before = seen.putIfAbsent(key, fingerprint);
        if (before != null) {
            if (!before.equals(fingerprint)) {
                rejects.add(reject(line, "agency_code", codeText, RejectRule.DUPLICATE_CONFLICT,
                        "FY" + fy + " agency " + codeText + " appears earlier in the file with other values"));
            } else {
                warnings.add("line " + line + ": identical duplicate of FY" + fy + " " + codeText + " ignored");
            }
            return;
        }
        boolean synthetic = isTrue(row.get("is_synthetic"));
        allSynthetic &= synthetic;
        if (hasRegistryFields) {
            staged("agency").add(line, codeText, name, type.orElseThrow().name(), province.orElseThrow(), emptyToNull(row.get("district")), synthetic);
            registry.addAgency(codeText);
        }
        stageScores(fy, codeText, values);
        items.forEach((item, score) -> staged("item").add(fy, codeText,
                itemTool(year.get(), item, row, new ArrayList<>()).orElseThrow().name(), item, score));
        String rating = row.get("rating");
        String label = row.get("label_th");
        String source = row.get("source_ref");
        if (total.isPresent() || !rating.isEmpty() || !label.isEmpty()) {
            staged("total").add(fy, codeText, total.isPresent() ? total.getAsDouble() : null, emptyToNull(rating), emptyToNull(label), emptyToNull(source));
        }
    }

    @Override
    protected long merge(Statement s, long batch) throws SQLException {
        String a = "stage_agency_" + batch;
        String sc = "stage_score_" + batch;
        String t = "stage_total_" + batch;
        // an agency whose type or province the file changes moves among its peers in every year, not only the file's
        boolean moved;
        try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT agency_code, arg_max(agency_type, line) AS t, "
                + "arg_max(province_code, line) AS p FROM " + a + " GROUP BY agency_code) n JOIN agency o USING (agency_code) "
                + "WHERE o.agency_type <> n.t OR o.province_code <> n.p")) {
            rs.next();
            moved = rs.getLong(1) > 0;
        }
        // the last row of the file that describes an agency wins
        s.execute("INSERT OR REPLACE INTO agency SELECT agency_code, arg_max(name_th, line), arg_max(agency_type, line), "
                + "arg_max(province_code, line), arg_max(district, line), arg_max(is_synthetic, line), " + batch
                + " FROM " + a + " GROUP BY agency_code");
        // a corrected file replaces the whole agency-year, so an indicator it leaves out does not survive
        s.execute("DELETE FROM indicator_score WHERE (fiscal_year, agency_code) IN (SELECT DISTINCT fiscal_year, agency_code FROM " + sc + ")");
        long loaded = s.executeLargeUpdate("INSERT INTO indicator_score SELECT fiscal_year, agency_code, "
                + "CAST(substr(indicator, 4) AS SMALLINT), score, " + batch + " FROM (UNPIVOT " + sc + " ON COLUMNS('^ind') "
                + "INTO NAME indicator VALUE score)");   // UNPIVOT leaves out the blank (NULL) indicators
        s.execute("DELETE FROM reported_total WHERE (fiscal_year, agency_code) IN (SELECT fiscal_year, agency_code FROM " + t + ")");
        s.execute("INSERT INTO reported_total SELECT fiscal_year, agency_code, total, rating, label_th, source_ref, "
                + batch + " FROM " + t);
        // item results: a file's items replace those of the same agency-year and tool (a file without items keeps them)
        String it = "stage_item_" + batch;
        s.execute("DELETE FROM item_result WHERE (fiscal_year, agency_code, tool) IN (SELECT DISTINCT fiscal_year, agency_code, tool FROM " + it + ")");
        loaded += s.executeLargeUpdate("INSERT INTO item_result SELECT fiscal_year, agency_code, tool, item, score, NULL, " + batch + " FROM " + it);
        // the years come from what was staged, not from rows seen here: another engine may have validated them
        java.util.List<Integer> years = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = s.executeQuery("SELECT fiscal_year FROM " + sc + " UNION SELECT fiscal_year FROM " + t)) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        refreshDerived(s, years, moved);
        return loaded;
    }

    @Override
    protected boolean synthetic() {
        return allSynthetic && !seen.isEmpty();
    }

    @Override
    protected void reset() {
        longForm = false;
        itemColumns = List.of();
        seen.clear();
        allSynthetic = true;
    }

    /**
     * The tool of an item code in a year's methodology (IIT/EIT questionnaire items, the year's OIT dictionary); a
     * code the year does not have adds an UNKNOWN_ITEM problem.
     */
    private Optional<th.ita.insight.analytics.methodology.Tool> itemTool(YearMethodology year, String item, TabularFile.Row row,
                                                                      List<Reject> problems) {
        Optional<th.ita.insight.analytics.methodology.Tool> tool = switch (item.charAt(0)) {
            case 'o' -> year.oitItemDictionary()
                    .filter(d -> methodology.oitItems(d).stream().anyMatch(i -> i.item().equals(item)))
                    .map(d -> th.ita.insight.analytics.methodology.Tool.OIT);
            default -> Optional.ofNullable(methodology.surveyItems(year.fiscalYear()).get(item))
                    .map(th.ita.insight.analytics.methodology.SurveyItem::tool)
                    .filter(t -> t.name().charAt(0) == Character.toUpperCase(item.charAt(0)));
        };
        if (tool.isEmpty()) {
            String column = longForm ? "indicator" : item;
            problems.add(reject(row.line(), column, item, RejectRule.UNKNOWN_ITEM, "'" + item + "' is not an item of FY"
                    + year.fiscalYear() + (item.startsWith("o") && year.oitItemDictionary().isEmpty()
                    ? " (the methodology has no OIT item list for that year)" : "")));
        }
        return tool;
    }

    /** A 0–100 score in a column: empty if the cell is blank or wrong (a wrong cell adds its problem). */
    private OptionalDouble score(TabularFile.Row row, String column, List<Reject> problems) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble v = Values.number(raw);
        if (v.isEmpty()) {
            problems.add(reject(row.line(), column, raw, RejectRule.UNPARSEABLE_NUMBER, column + ": '" + raw + "' is not a number"));
        } else if (v.getAsDouble() < 0 || v.getAsDouble() > 100) {
            problems.add(reject(row.line(), column, raw, RejectRule.SCORE_OUT_OF_RANGE, column + " = " + raw + " is outside 0–100"));
            return OptionalDouble.empty();
        }
        return v;
    }

    /** One indicator of one agency-year (long form). */
    private void acceptLong(TabularFile.Row row, Optional<YearMethodology> year, String code, boolean hasRegistryFields,
                            Optional<AgencyType> type, Optional<String> province, List<Reject> problems,
                            List<Reject> rejects, Registry registry) {
        long line = row.line();
        String rawIndicator = row.get("indicator");
        String itemCode = Values.asciiDigits(rawIndicator).strip().toLowerCase(java.util.Locale.ROOT);
        if (ITEM.matcher(itemCode).matches()) {   // an item's row (i1.., e1.., o1..) rather than an indicator's
            Optional<th.ita.insight.analytics.methodology.Tool> tool = year.flatMap(y -> itemTool(y, itemCode, row, problems));
            if (row.get("score").isEmpty()) {
                problems.add(reject(line, "score", "", RejectRule.MISSING_VALUE, "score is empty"));
            }
            OptionalDouble score = score(row, "score", problems);
            if (!problems.isEmpty()) {
                rejects.addAll(problems);
                return;
            }
            int fy = year.orElseThrow().fiscalYear().buddhistEra();
            String before = seen.putIfAbsent(fy + "|" + code + "|" + itemCode, Double.toString(score.getAsDouble()));
            if (before != null) {
                if (!before.equals(Double.toString(score.getAsDouble()))) {
                    rejects.add(reject(line, "score", row.get("score"), RejectRule.DUPLICATE_CONFLICT, "FY" + fy + " agency " + code
                            + " item " + itemCode + " appears earlier in the file with another score"));
                }
                return;
            }
            allSynthetic &= isTrue(row.get("is_synthetic"));
            if (hasRegistryFields) {
                staged("agency").add(line, code, row.get("agency_name"), type.orElseThrow().name(), province.orElseThrow(),
                        emptyToNull(row.get("district")), isTrue(row.get("is_synthetic")));
                registry.addAgency(code);
            }
            staged("item").add(fy, code, tool.orElseThrow().name(), itemCode, score.getAsDouble());
            return;
        }
        OptionalInt indicator = Values.integer(Values.asciiDigits(rawIndicator).replaceAll("^(?i)(ตัวชี้วัดที่|ind)\\s*", ""));
        if (rawIndicator.isEmpty()) {
            problems.add(reject(line, "indicator", rawIndicator, RejectRule.MISSING_VALUE, "indicator is empty"));
        } else if (year.isPresent() && (indicator.isEmpty()
                || year.get().indicators().stream().noneMatch(i -> i.number() == indicator.getAsInt()))) {
            problems.add(reject(line, "indicator", rawIndicator, RejectRule.UNKNOWN_ITEM,
                    "'" + rawIndicator + "' is not an indicator of FY" + year.get().fiscalYear() + " (1–10)"));
        }
        String rawScore = row.get("score");
        if (rawScore.isEmpty()) {
            problems.add(reject(line, "score", rawScore, RejectRule.MISSING_VALUE, "score is empty"));
        }
        OptionalDouble score = score(row, "score", problems);
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        int fy = year.orElseThrow().fiscalYear().buddhistEra();
        String before = seen.putIfAbsent(fy + "|" + code + "|" + indicator.getAsInt(), Double.toString(score.getAsDouble()));
        if (before != null) {
            if (!before.equals(Double.toString(score.getAsDouble()))) {
                rejects.add(reject(line, "score", rawScore, RejectRule.DUPLICATE_CONFLICT, "FY" + fy + " agency " + code
                        + " indicator " + indicator.getAsInt() + " appears earlier in the file with another score"));
            }
            return;
        }
        boolean synthetic = isTrue(row.get("is_synthetic"));
        allSynthetic &= synthetic;
        if (hasRegistryFields) {
            staged("agency").add(line, code, row.get("agency_name"), type.orElseThrow().name(), province.orElseThrow(), emptyToNull(row.get("district")), synthetic);
            registry.addAgency(code);
        }
        double[] values = new double[10];
        Arrays.fill(values, Double.NaN);
        values[indicator.getAsInt() - 1] = score.getAsDouble();
        stageScores(fy, code, values);
    }

    /** One staged row of an agency-year's indicators 1..10 ({@code NaN}: blank, staged as NULL); none if all are blank. */
    private void stageScores(int fy, String code, double[] values) {
        Object[] row = new Object[2 + values.length];
        row[0] = fy;
        row[1] = code;
        boolean any = false;
        for (int k = 0; k < values.length; k++) {
            if (!Double.isNaN(values[k])) {
                row[2 + k] = values[k];
                any = true;
            }
        }
        if (any) {
            staged("score").add(row);
        }
    }

    static boolean isTrue(String s) {
        return s.equalsIgnoreCase("true") || s.equals("1") || s.equalsIgnoreCase("yes") || s.equals("ใช่");
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

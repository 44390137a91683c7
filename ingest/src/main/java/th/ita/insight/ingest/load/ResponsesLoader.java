package th.ita.insight.ingest.load;

import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.SurveyItem;
import th.ita.insight.analytics.methodology.Tool;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.TabularFile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code --kind responses}: raw IIT/EIT survey answers, one row per answer ({@code fiscal_year, agency_code, tool,
 * respondent_id, item, answer}), scored with the year's questionnaire items (methodology/survey-items.csv) into
 * item results and indicator scores 1–8. Rows stream through: each is validated and staged on its own, so a file
 * of millions of answers needs no more memory than one row; the checks that need all rows (the same respondent
 * answering an item twice, differently) run in SQL on the staged rows.
 *
 * <p>A loaded agency-year's IIT (or EIT) indicators and items are replaced as a whole by the file's; OIT
 * (indicators 9–10) and the other tool are left as they are.
 */
public final class ResponsesLoader extends SingleStagingLoader {

    private boolean any;
    private boolean allSynthetic = true;

    public ResponsesLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    @Override
    public String kind() {
        return "responses";
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("fiscal_year", "agency_code", "tool", "respondent_id", "item", "answer");
    }

    @Override
    protected String stagingColumns() {
        return "(fiscal_year INTEGER, agency_code VARCHAR, tool VARCHAR, "
                + "respondent_id VARCHAR, item VARCHAR, indicator SMALLINT, score DOUBLE, answer VARCHAR, line BIGINT)";
    }

    /** Each answer is checked on its own; a respondent's repeated answers are found in SQL afterwards. */
    @Override
    public boolean rowsIndependent() {
        return true;
    }

    @Override
    protected void reset() {
        any = false;
        allSynthetic = true;
    }

    @Override
    protected void accept(TabularFile.Row row, Registry registry, List<Reject> rejects, List<String> warnings) {
        List<Reject> problems = new ArrayList<>();
        long line = row.line();
        Optional<YearMethodology> year = fiscalYear(row, problems, warnings);
        String code = registeredAgency(row, registry, problems);
        Optional<Tool> tool = tool(row.get("tool"));
        if (tool.isEmpty()) {
            problems.add(reject(line, "tool", row.get("tool"), RejectRule.UNKNOWN_TOOL,
                    "tool '" + row.get("tool") + "' is not IIT or EIT"));
        }
        String respondent = row.get("respondent_id").strip();
        if (respondent.isEmpty()) {
            problems.add(reject(line, "respondent_id", respondent, RejectRule.MISSING_VALUE, "respondent_id is empty"));
        }
        String itemCode = Values.asciiDigits(row.get("item")).strip().toLowerCase(Locale.ROOT);
        Optional<SurveyItem> item = Optional.empty();
        if (year.isPresent() && tool.isPresent()) {
            item = Optional.ofNullable(methodology.surveyItems(year.get().fiscalYear()).get(itemCode))
                    .filter(i -> i.tool() == tool.get());
            if (item.isEmpty()) {
                problems.add(reject(line, "item", row.get("item"), RejectRule.UNKNOWN_ITEM, "item '" + row.get("item")
                        + "' is not a " + tool.get() + " item of FY" + year.get().fiscalYear()));
            }
        }
        String answer = Values.asciiDigits(row.get("answer"));
        OptionalDouble score = OptionalDouble.empty();
        if (answer.isBlank()) {
            problems.add(reject(line, "answer", answer, RejectRule.MISSING_VALUE, "answer is empty"));
        } else if (item.isPresent()) {
            score = item.get().score(answer);
            if (score.isEmpty()) {
                problems.add(reject(line, "answer", row.get("answer"), RejectRule.INVALID_ANSWER,
                        "'" + row.get("answer") + "' is not an answer to " + itemCode + " (" + item.get().scale().accepted() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        any = true;
        allSynthetic &= ScoresLoader.isTrue(row.get("is_synthetic"));
        rows().add(year.orElseThrow().fiscalYear().buddhistEra(), code, tool.orElseThrow().name(), respondent, itemCode, (short) item.orElseThrow().indicator(), score.getAsDouble(), answer.strip().toLowerCase(Locale.ROOT), line);
    }

    static Optional<Tool> tool(String raw) {
        return switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "IIT", "ภายใน" -> Optional.of(Tool.IIT);
            case "EIT", "ภายนอก" -> Optional.of(Tool.EIT);
            default -> Optional.empty();
        };
    }

    /** The same respondent answering the same item twice: a repeat is dropped, a different answer rejected. */
    @Override
    protected void afterStaging(Statement s, long batch, List<Reject> rejects) throws SQLException {
        String t = staging(batch);
        // a hash aggregate tells whether there is any repeat at all; the sort below is only paid when there is
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT 1 FROM " + t
                + " GROUP BY fiscal_year, agency_code, tool, respondent_id, item HAVING count(*) > 1 LIMIT 1)")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return;
            }
        }
        String ranked = """
                SELECT line, item, answer, score, first_value(score) OVER w AS first_score,
                       first_value(line) OVER w AS first_line, row_number() OVER w AS n
                FROM %s
                WINDOW w AS (PARTITION BY fiscal_year, agency_code, tool, respondent_id, item ORDER BY line)""".formatted(t);
        try (ResultSet rs = s.executeQuery("SELECT line, item, answer, first_line FROM (" + ranked
                + ") WHERE n > 1 AND score <> first_score ORDER BY line")) {
            while (rs.next()) {
                rejects.add(reject(rs.getLong(1), "answer", rs.getString(3), RejectRule.DUPLICATE_CONFLICT,
                        "this respondent answered " + rs.getString(2) + " differently on line " + rs.getLong(4)));
            }
        }
        s.execute("DELETE FROM " + t + " WHERE line IN (SELECT line FROM (" + ranked + ") WHERE n > 1)");
    }

    @Override
    protected long merge(Statement s, long batch) throws SQLException {
        String t = staging(batch);
        // replace the tools this file covers for its agency-years, items and indicators together
        String covered = "SELECT DISTINCT fiscal_year, agency_code, tool FROM " + t;
        s.execute("DELETE FROM item_result WHERE (fiscal_year, agency_code, tool) IN (" + covered + ")");
        s.execute("""
                DELETE FROM indicator_score WHERE (fiscal_year, agency_code, indicator) IN (
                    SELECT c.fiscal_year, c.agency_code, i.indicator
                    FROM (%s) c JOIN methodology_indicator i ON i.fiscal_year = c.fiscal_year AND i.tool = c.tool)""".formatted(covered));
        s.execute("DELETE FROM tool_score WHERE (fiscal_year, agency_code, tool) IN (" + covered + ")");
        s.execute("""
                INSERT INTO item_result
                SELECT fiscal_year, agency_code, tool, item, avg(score), count(*), %d
                FROM %s GROUP BY fiscal_year, agency_code, tool, item""".formatted(batch, t));
        // an indicator is the mean of its items' scores, each item the mean over its respondents
        s.execute("""
                INSERT INTO indicator_score
                SELECT fiscal_year, agency_code, indicator, round(avg(item_score), 2), %d
                FROM (SELECT fiscal_year, agency_code, indicator, item, avg(score) AS item_score
                      FROM %s GROUP BY fiscal_year, agency_code, indicator, item)
                GROUP BY fiscal_year, agency_code, indicator""".formatted(batch, t));
        List<Integer> years = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT DISTINCT fiscal_year FROM " + t)) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        th.ita.insight.analytics.store.DerivedTables.refreshYears(s.getConnection(), years);
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    protected boolean synthetic() {
        return allSynthetic && any;
    }
}

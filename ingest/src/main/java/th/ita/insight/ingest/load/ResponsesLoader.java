package th.ita.insight.ingest.load;

import org.duckdb.DuckDBConnection;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.SurveyItem;
import th.ita.insight.analytics.methodology.Tool;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceFile;
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
 * answering an item twice, differently) run in SQL on the staged rows. A clean CSV/TSV takes a faster road with the
 * same rules and result: DuckDB counts it in one scan ({@link ResponsesInOneScan}).
 *
 * <p>A loaded agency-year's IIT (or EIT) indicators and items are replaced as a whole by the file's; OIT
 * (indicators 9–10) and the other tool are left as they are.
 */
public final class ResponsesLoader extends SingleStagingLoader {

    private boolean any;
    private boolean allSynthetic = true;
    private boolean scanAllowed = true;
    /** Whether this file's answers were counted by one scan into {@link ResponsesInOneScan#ANSWERS}, not staged row by row. */
    private boolean scanned;

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
        scanned = false;
    }

    /** A clean UTF-8 CSV/TSV is counted by DuckDB in one scan ({@link ResponsesInOneScan}); any other goes row by row. */
    @Override
    protected Optional<Validated> readWhole(DuckDBConnection c, SourceFile source) {
        if (!scanAllowed || !(source instanceof TabularFile text)) {
            return Optional.empty();
        }
        Optional<ResponsesInOneScan.Scanned> scan = ResponsesInOneScan.scan(c, text, methodology, this::fractionRead);
        scanned = scan.isPresent();
        return scan.map(r -> new Validated(r.rows(), List.of(), List.of(), r.synthetic()));
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

    /** This loader reads every file row by row (the tests compare both paths). */
    ResponsesLoader rowByRow() {
        scanAllowed = false;
        return this;
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
        // both paths meet here as answers counted per agency-year, item and score: (.., indicator, score, n)
        String answers = ResponsesInOneScan.ANSWERS;
        if (!scanned) {
            answers = "ita_staged_answers";
            s.execute("CREATE OR REPLACE TEMP TABLE " + answers + """
                     AS SELECT fiscal_year, agency_code, tool, item, indicator, score, count(*) AS n
                    FROM %s GROUP BY ALL""".formatted(staging(batch)));
        }
        // replace the tools this file covers for its agency-years, items and indicators together
        s.execute("CREATE OR REPLACE TEMP TABLE ita_covered AS SELECT DISTINCT fiscal_year, agency_code, tool FROM " + answers);
        s.execute("DELETE FROM item_result WHERE (fiscal_year, agency_code, tool) IN (SELECT * FROM ita_covered)");
        s.execute("""
                DELETE FROM indicator_score WHERE (fiscal_year, agency_code, indicator) IN (
                    SELECT c.fiscal_year, c.agency_code, i.indicator
                    FROM ita_covered c JOIN methodology_indicator i ON i.fiscal_year = c.fiscal_year AND i.tool = c.tool)""");
        s.execute("DELETE FROM tool_score WHERE (fiscal_year, agency_code, tool) IN (SELECT * FROM ita_covered)");
        s.execute("DROP TABLE ita_covered");
        // an item is the mean over its respondents, an indicator the mean of its items (the year's questionnaire
        // says which); summed as decimals, so the same answers give the same last digit in whatever order they are added
        s.execute("""
                INSERT INTO item_result
                SELECT fiscal_year, agency_code, tool, item, (sum((score * n)::DECIMAL(38, 10)) / sum(n))::DOUBLE,
                       sum(n)::INTEGER, %d
                FROM %s GROUP BY fiscal_year, agency_code, tool, item""".formatted(batch, answers));
        if (scanned) {
            ResponsesInOneScan.dropScratch(s.getConnection());
        } else {
            s.execute("DROP TABLE " + answers);
        }
        s.execute("""
                INSERT INTO indicator_score
                SELECT r.fiscal_year, r.agency_code, q.indicator, round(sum(r.score::DECIMAL(38, 10)) / count(*), 2)::DOUBLE, %1$d
                FROM item_result r JOIN survey_item q ON q.fiscal_year = r.fiscal_year AND q.item = r.item
                WHERE r.batch_id = %1$d GROUP BY r.fiscal_year, r.agency_code, q.indicator""".formatted(batch));
        List<Integer> years = new ArrayList<>();
        long loaded = 0;
        try (ResultSet rs = s.executeQuery("SELECT fiscal_year, sum(respondents) FROM item_result WHERE batch_id = "
                + batch + " GROUP BY fiscal_year")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
                loaded += rs.getLong(2);
            }
        }
        refreshDerived(s, years, false);
        return loaded;
    }

    @Override
    protected boolean synthetic() {
        return allSynthetic && any;
    }
}

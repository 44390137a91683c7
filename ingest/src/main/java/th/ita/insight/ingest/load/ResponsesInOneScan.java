package th.ita.insight.ingest.load;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.SurveyItem;
import th.ita.insight.analytics.methodology.Tool;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.ingest.source.TabularFile;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * Reads a whole CSV/TSV of survey responses with DuckDB's own reader, in one scan, when every row is already in the
 * form the row-by-row validator would accept unchanged: then nothing needs a line number and the answers can be
 * counted per agency, item and answer without staging ten million rows one by one (issue #4's throughput).
 *
 * <p>The validator stays the only source of rules: the answer key the scan joins against is made by handing each
 * canonical (year, tool, item, answer) to {@link ResponsesLoader}'s own row check and keeping what it staged. The scan
 * then proves, over grouped results only, that the file needs nothing else: every row matched the key, every agency
 * is registered, every respondent id is non-empty with no surrounding whitespace, and no respondent answered an item
 * twice (a bit per item, OR-ed per respondent, must have as many bits as answers). Any doubt, and any error from
 * DuckDB's reader, sends the file down the row-by-row path, which gives the exact rejects and line numbers.
 */
final class ResponsesInOneScan {

    /** The per-connection temporary view of (fiscal_year, agency_code, tool, item, indicator, score, n) it leaves. */
    static final String ANSWERS = "ita_scan_answers";
    private static final String KEY = "ita_scan_answer_key";
    private static final String GROUPS = "ita_scan_groups";
    private static final List<String> COLUMNS = List.of("fiscal_year", "agency_code", "tool", "respondent_id", "item", "answer");

    /** A character class (RE2) of what Java's strip() may remove, and conservatively every Unicode space. */
    private static final String STRIPPABLE = "\\p{Z}\\x00-\\x20";

    /** What the scan found: rows read and whether every row said is_synthetic. */
    record Scanned(long rows, boolean synthetic) {
    }

    private ResponsesInOneScan() {
    }

    /**
     * Scans {@code file} on {@code c} (autocommit: a failed attempt must not abort a transaction), leaving its
     * answers in the temporary view {@link #ANSWERS} until {@link #dropScratch}; or says the file needs the
     * row-by-row path.
     */
    static Optional<Scanned> scan(DuckDBConnection c, TabularFile file, Methodology methodology, DoubleConsumer progress) {
        if (!file.charset().equals(StandardCharsets.UTF_8)) {
            return Optional.empty();   // DuckDB's reader is UTF-8 only; Windows-874 files go row by row
        }
        TabularFile.HeaderLine header = file.header();
        if (header.line() != 1) {
            return Optional.empty();
        }
        List<String> canonical = header.fields().stream().map(Headers::canonical).toList();
        if (!canonical.containsAll(COLUMNS)) {
            return Optional.empty();   // the row-by-row path names what is missing
        }
        Optional<List<KeyEntry>> key = answerKey(methodology);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        boolean clean = false;
        try (Statement s = c.createStatement()) {
            writeKey(c, s, key.get());
            scanWithProgress(c, groupsQuery(file, canonical), progress);
            Optional<Scanned> scanned = check(s);
            if (scanned.isPresent()) {
                s.execute("""
                        CREATE OR REPLACE TEMP VIEW %s AS
                        SELECT k.fiscal_year, g.agency_code, k.tool, k.item, k.indicator, k.score, g.n
                        FROM %s g JOIN %s k ON k.id = g.id WHERE g.by_item""".formatted(ANSWERS, GROUPS, KEY));
                clean = true;
            }
            return scanned;
        } catch (SQLException e) {
            return Optional.empty();   // DuckDB's reader refused something (quoting, encoding, ragged rows): go row by row
        } finally {
            if (!clean) {
                dropScratch(c);
            }
        }
    }

    /** Runs the scan, telling {@code progress} how far DuckDB says it has got, every quarter second. */
    private static void scanWithProgress(DuckDBConnection c, String sql, DoubleConsumer progress) throws SQLException {
        try (Statement s = c.createStatement(); DuckDBPreparedStatement scan = c.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
            s.execute("SET enable_progress_bar = true");   // DuckDB tracks a query's progress only then
            s.execute("SET enable_progress_bar_print = false");
            Thread poller = Thread.ofPlatform().daemon().name("ita-scan-progress").start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(250);
                        double percent = scan.getQueryProgress().getPercentage();
                        if (percent >= 0) {
                            progress.accept(percent / 100);
                        }
                    }
                } catch (InterruptedException | SQLException | RuntimeException e) {
                    // the scan ended (or its statement closed): nothing more to tell
                }
            });
            try {
                scan.execute();
            } finally {
                poller.interrupt();
                joinQuietly(poller);   // no progress line may come after the scan's end
                s.execute("RESET enable_progress_bar");
                s.execute("RESET enable_progress_bar_print");
            }
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops what a scan left on the connection. */
    static void dropScratch(Connection c) {
        try (Statement s = c.createStatement()) {   // a statement of its own: DuckDB closes one that failed
            s.execute("DROP VIEW IF EXISTS " + ANSWERS);
            s.execute("DROP TABLE IF EXISTS " + GROUPS);
            s.execute("DROP TABLE IF EXISTS " + KEY);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the scan's temporary tables: " + e.getMessage(), e);
        }
    }

    private static void writeKey(DuckDBConnection c, Statement s, List<KeyEntry> key) throws SQLException {
        s.execute("CREATE OR REPLACE TEMP TABLE " + KEY + " (id INTEGER, fiscal_year_text VARCHAR, tool_text VARCHAR, "
                + "item_text VARCHAR, answer_text VARCHAR, fiscal_year INTEGER, tool VARCHAR, indicator SMALLINT, "
                + "item VARCHAR, score DOUBLE, questionnaire SMALLINT, mask BIGINT)");
        try (DuckDBAppender a = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, KEY)) {
            int id = 0;
            for (KeyEntry e : key) {
                a.beginRow();
                a.append(id++);
                a.append(e.yearText());
                a.append(e.toolText());
                a.append(e.itemText());
                a.append(e.answerText());
                a.append(e.fiscalYear());
                a.append(e.tool());
                a.append(e.indicator());
                a.append(e.item());
                a.append(e.score());
                a.append(e.questionnaire());
                a.append(e.mask());
                a.endRow();
            }
        }
    }

    /**
     * One scan, two groupings: answers per (agency, key entry, is_synthetic) for the scores, and per respondent of
     * an agency's questionnaire (year and tool, numbered in the key: cheaper to group by than their texts) the count
     * of answers and the OR of their items' bits, for the repeat check.
     */
    private static String groupsQuery(TabularFile file, List<String> canonical) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            names.add("'c" + i + "'");
        }
        String agency = column(canonical, "agency_code");
        String respondent = column(canonical, "respondent_id");
        String synthetic = canonical.contains("is_synthetic") ? "r." + column(canonical, "is_synthetic") : "NULL::VARCHAR";
        return """
                CREATE OR REPLACE TEMP TABLE %s AS
                SELECT r.%s AS agency_code, k.id, %s AS is_synthetic, r.%s AS respondent_id,
                       count(*) AS n, bit_or(k.mask) AS items, grouping(r.%s) = 1 AS by_item
                FROM read_csv('%s', header = true, all_varchar = true, delim = '%s', quote = '"', escape = '"',
                              names = [%s]) r
                LEFT JOIN %s k ON k.fiscal_year_text = r.%s AND k.tool_text = r.%s AND k.item_text = r.%s
                              AND k.answer_text = r.%s
                WHERE coalesce(%s) IS NOT NULL
                GROUP BY GROUPING SETS ((r.%s, k.id, %s), (r.%s, k.questionnaire, r.%s))""".formatted(
                GROUPS, agency, synthetic, respondent, respondent,
                file.path().toAbsolutePath().toString().replace("'", "''"), String.valueOf(file.separator()),
                String.join(", ", names), KEY, column(canonical, "fiscal_year"), column(canonical, "tool"),
                column(canonical, "item"), column(canonical, "answer"),
                String.join(", ", names.stream().map(n -> "r." + n.replace("'", "")).toList()),   // an empty row is skipped, as row by row
                agency, synthetic, agency, respondent);
    }

    private static String column(List<String> canonical, String name) {
        return "c" + canonical.indexOf(name);   // the first of repeated columns, as TabularFile.Row.get reads
    }

    /** Whether the grouped scan proves the file clean; if so what it read. */
    private static Optional<Scanned> check(Statement s) throws SQLException {
        long unscored;
        long unregistered;
        long badRespondents;
        long rows;
        try (ResultSet rs = s.executeQuery("""
                SELECT count(*) FILTER (WHERE g.by_item AND g.id IS NULL),
                       count(*) FILTER (WHERE g.by_item AND a.agency_code IS NULL),
                       count(*) FILTER (WHERE NOT g.by_item AND (bit_count(g.items) <> g.n
                                        OR g.respondent_id IS NULL
                                        OR NOT regexp_full_match(g.respondent_id, '(?s)[^%1$s](.*[^%1$s])?'))),
                       coalesce(sum(g.n) FILTER (WHERE g.by_item), 0)
                FROM %2$s g LEFT JOIN agency a ON a.agency_code = g.agency_code""".formatted(STRIPPABLE, GROUPS))) {
            rs.next();
            unscored = rs.getLong(1);
            unregistered = rs.getLong(2);
            badRespondents = rs.getLong(3);
            rows = rs.getLong(4);
        }
        if (unscored > 0 || unregistered > 0 || badRespondents > 0 || rows == 0) {
            return Optional.empty();
        }
        boolean synthetic = true;
        try (ResultSet values = s.executeQuery("SELECT DISTINCT is_synthetic FROM " + GROUPS + " WHERE by_item")) {
            while (values.next()) {
                String v = values.getString(1);
                synthetic &= ScoresLoader.isTrue(v == null ? "" : v.strip());
            }
        }
        return Optional.of(new Scanned(rows, synthetic));
    }

    /**
     * One canonical answer as written, and what the validator staged for it; {@code questionnaire} numbers its year
     * and tool, {@code mask} is its item's bit among the questionnaire's items.
     */
    record KeyEntry(String yearText, String toolText, String itemText, String answerText,
                    int fiscalYear, String tool, short indicator, String item, double score, short questionnaire, long mask) {
    }

    /**
     * The answer key: each (year, tool, item, answer) written canonically, handed to {@link ResponsesLoader}'s own
     * row check, with what it staged. Empty when a year's items of one tool do not fit 64 bits.
     */
    static Optional<List<KeyEntry>> answerKey(Methodology methodology) {
        List<Object[]> staged = new ArrayList<>();
        ResponsesLoader validator = new ResponsesLoader(null, methodology, false);
        Registry registry = new Registry();
        registry.addAgency("0");
        validator.begin("answer-key", COLUMNS, registry, Map.of(validator.kind(), staged::add));
        List<KeyEntry> key = new ArrayList<>();
        short questionnaire = 0;
        for (YearMethodology year : methodology.years()) {
            Map<Tool, List<SurveyItem>> byTool = new TreeMap<>(methodology.surveyItems(year.fiscalYear()).values().stream()
                    .collect(Collectors.groupingBy(SurveyItem::tool)));
            for (List<SurveyItem> items : byTool.values()) {
                questionnaire++;
                if (items.size() > Long.SIZE) {
                    return Optional.empty();
                }
                List<SurveyItem> sorted = items.stream().sorted(java.util.Comparator.comparing(SurveyItem::item)).toList();
                for (int bit = 0; bit < sorted.size(); bit++) {
                    SurveyItem item = sorted.get(bit);
                    String yearText = Integer.toString(year.fiscalYear().buddhistEra());
                    for (String answer : item.scale().answers().stream().sorted().toList()) {
                        int before = staged.size();
                        int warned = validator.validated().warnings().size();
                        validator.validate(key.size() + 2, List.of(yearText, "0", item.tool().name(), "r", item.item(), answer));
                        if (staged.size() == before || validator.validated().warnings().size() > warned) {
                            continue;   // not accepted as written: such rows go row by row
                        }
                        // staged: fiscal_year, agency_code, tool, respondent_id, item, indicator, score, answer, line
                        Object[] v = staged.get(before);
                        key.add(new KeyEntry(yearText, item.tool().name(), item.item(), answer, (Integer) v[0],
                                (String) v[2], (Short) v[5], (String) v[4], (Double) v[6], questionnaire, 1L << bit));
                    }
                }
            }
        }
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}

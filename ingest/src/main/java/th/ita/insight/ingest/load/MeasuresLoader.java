package th.ita.insight.ingest.load;

import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.TabularFile;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --kind measures}: the measures (มาตรการ) an agency adopts for a fiscal year, one row per measure —
 * {@code fiscal_year, agency_code, indicator, title}, optional {@code items, method, period, follow_up, divisions} —
 * and, optionally on the same row, its progress in a reporting round: {@code round} (six_month | annual, รอบ 6
 * เดือน | รอบ 12 เดือน), {@code status} (planned | in_progress | done | dropped, or the Thai words), {@code result},
 * {@code reported_on}. A measure reported in two rounds appears on two rows with the same title. The fiscal year is
 * the year the measures are carried out; the assessment they answer (the year before) must be one the methodology
 * covers. A file replaces the measures and progress of every agency-year it names.
 */
public final class MeasuresLoader extends SingleStagingLoader {

    private static final Pattern ITEM = Pattern.compile("[ieo][0-9]{1,2}");
    private static final Pattern INDICATOR = Pattern.compile("(?:ตัวชี้วัดที่|ตัวชี้วัด|ind|indicator)?\\s*([0-9]{1,2})");
    private static final Map<String, String> ROUNDS = Map.of(
            "six_month", "six_month", "6 เดือน", "six_month", "รอบ 6 เดือน", "six_month", "six-month", "six_month",
            "annual", "annual", "12 เดือน", "annual", "รอบ 12 เดือน", "annual", "ประจำปี", "annual", "รายปี", "annual");
    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("planned", "planned"), Map.entry("ยังไม่ดำเนินการ", "planned"), Map.entry("วางแผน", "planned"),
            Map.entry("in_progress", "in_progress"), Map.entry("in progress", "in_progress"),
            Map.entry("อยู่ระหว่างดำเนินการ", "in_progress"), Map.entry("กำลังดำเนินการ", "in_progress"),
            Map.entry("done", "done"), Map.entry("ดำเนินการแล้ว", "done"), Map.entry("เสร็จสิ้น", "done"), Map.entry("แล้วเสร็จ", "done"),
            Map.entry("dropped", "dropped"), Map.entry("ยกเลิก", "dropped"), Map.entry("ไม่ได้ดำเนินการ", "dropped"));

    /** agency|year|title → the measure's own fields, to find conflicting repeats; agency|year|title|round → progress */
    private final Map<String, String> measures = new HashMap<>();
    private final Map<String, String> progress = new HashMap<>();
    private boolean allSynthetic = true;

    public MeasuresLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    @Override
    public String kind() {
        return "measures";
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("fiscal_year", "agency_code", "indicator", "title");
    }

    @Override
    protected String stagingColumns() {
        return "(line BIGINT, agency_code VARCHAR, fiscal_year INTEGER, title VARCHAR, indicators VARCHAR, items VARCHAR, "
                + "method VARCHAR, period VARCHAR, follow_up VARCHAR, divisions VARCHAR, round VARCHAR, status VARCHAR, "
                + "result VARCHAR, reported_on DATE, is_synthetic BOOLEAN)";
    }

    @Override
    protected void reset() {
        measures.clear();
        progress.clear();
        allSynthetic = true;
    }

    @Override
    protected void accept(TabularFile.Row row, Registry registry, List<Reject> rejects, List<String> warnings) {
        List<Reject> problems = new ArrayList<>();
        long line = row.line();
        OptionalInt year = buddhistYear(row, problems, warnings);
        Optional<YearMethodology> assessed = Optional.empty();
        if (year.isPresent()) {
            assessed = methodology.forYear(FiscalYear.of(year.getAsInt() - 1));
            if (assessed.isEmpty()) {
                problems.add(reject(line, "fiscal_year", row.get("fiscal_year"), RejectRule.YEAR_OUTSIDE_METHODOLOGY,
                        "measures for FY" + year.getAsInt() + " answer the FY" + (year.getAsInt() - 1) + " assessment, which the methodology "
                                + "does not cover (" + methodology.first() + "–" + methodology.last() + ")"));
            }
        }
        String code = registeredAgency(row, registry, problems);
        String title = row.get("title").strip();
        if (title.isEmpty()) {
            problems.add(reject(line, "title", title, RejectRule.MISSING_VALUE, "title (มาตรการ) is empty"));
        }
        List<Short> indicators = indicators(row, assessed, problems);
        List<String> items = new ArrayList<>();
        for (String item : row.get("items").toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (!ITEM.matcher(Values.asciiDigits(item)).matches()) {
                problems.add(reject(line, "items", item, RejectRule.UNKNOWN_ITEM, "'" + item + "' is not an item code (e.g. i20, e12, o18)"));
            } else {
                items.add(Values.asciiDigits(item));
            }
        }
        String round = choice(row, "round", ROUNDS, problems);
        String status = choice(row, "status", STATUSES, problems);
        if (round != null && status == null && row.get("status").isBlank()) {
            problems.add(reject(line, "status", "", RejectRule.MISSING_VALUE, "a reported round needs a status (planned, in_progress, done, dropped)"));
        }
        if (round == null && status != null) {
            problems.add(reject(line, "round", "", RejectRule.MISSING_VALUE, "a status needs its reporting round (six_month or annual)"));
        }
        LocalDate reportedOn = date(row, problems);
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        String key = code + "|" + year.getAsInt() + "|" + title;
        String definition = String.join("\u0001", indicators.toString(), items.toString(), row.get("method").strip(),
                row.get("period").strip(), row.get("follow_up").strip(), row.get("divisions").strip());
        String before = measures.putIfAbsent(key, definition);
        if (before != null && !before.equals(definition)) {
            rejects.add(reject(line, "title", title, RejectRule.DUPLICATE_CONFLICT,
                    "measure '" + title + "' of " + code + " FY" + year.getAsInt() + " appears earlier in the file with other details"));
            return;
        }
        if (round != null) {
            String report = String.join("\u0001", status, row.get("result").strip(), String.valueOf(reportedOn));
            String earlier = progress.putIfAbsent(key + "|" + round, report);
            if (earlier != null) {
                if (!earlier.equals(report)) {
                    rejects.add(reject(line, "round", round, RejectRule.DUPLICATE_CONFLICT,
                            "the " + round + " report of measure '" + title + "' appears earlier in the file with other values"));
                }
                return;
            }
        } else if (before != null) {
            return;   // the same measure again, with nothing new
        }
        boolean synthetic = ScoresLoader.isTrue(row.get("is_synthetic"));
        allSynthetic &= synthetic;
        rows().add(line, code, year.getAsInt(), title, indicators.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")), String.join(" ", items), ScoresLoader.emptyToNull(row.get("method").strip()), ScoresLoader.emptyToNull(row.get("period").strip()), ScoresLoader.emptyToNull(row.get("follow_up").strip()), ScoresLoader.emptyToNull(row.get("divisions").strip()), round, status, ScoresLoader.emptyToNull(row.get("result").strip()), reportedOn, synthetic);
    }

    private List<Short> indicators(TabularFile.Row row, Optional<YearMethodology> assessed, List<Reject> problems) {
        String raw = Values.asciiDigits(row.get("indicator"));
        Set<Short> out = new LinkedHashSet<>();
        if (raw.isBlank()) {
            problems.add(reject(row.line(), "indicator", raw, RejectRule.MISSING_VALUE, "indicator is empty (1–10; several: 9 10)"));
            return List.of();
        }
        for (String part : raw.split("[,;/]|(?<=[0-9])\\s+")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = INDICATOR.matcher(part.strip().toLowerCase(Locale.ROOT));
            int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            boolean known = n > 0 && assessed.map(y -> y.indicators().stream().anyMatch(i -> i.number() == n)).orElse(n <= 10);
            if (!known) {
                problems.add(reject(row.line(), "indicator", part.strip(), RejectRule.UNKNOWN_ITEM,
                        "'" + part.strip() + "' is not an ITA indicator (1–10)"));
            } else {
                out.add((short) n);
            }
        }
        return List.copyOf(out);
    }

    private String choice(TabularFile.Row row, String column, Map<String, String> allowed, List<Reject> problems) {
        String raw = row.get(column).strip();
        if (raw.isEmpty()) {
            return null;
        }
        String v = allowed.get(raw.toLowerCase(Locale.ROOT));
        if (v == null) {
            problems.add(reject(row.line(), column, raw, RejectRule.INVALID_CHOICE,
                    column + " '" + raw + "' is not one of: " + String.join(", ", new java.util.TreeSet<>(allowed.values()))));
        }
        return v;
    }

    /** ISO dates, or D/M/YYYY with the year in พ.ศ. as Thai offices write them. */
    private LocalDate date(TabularFile.Row row, List<Reject> problems) {
        String raw = Values.asciiDigits(row.get("reported_on").strip());
        if (raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(raw);
                return d.getYear() > 2400 ? LocalDate.from(ThaiBuddhistDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())) : d;
            }
            int[] dmy = Arrays.stream(raw.split("[/.-]")).mapToInt(Integer::parseInt).toArray();
            if (dmy.length == 3) {
                return dmy[2] > 2400 ? LocalDate.from(ThaiBuddhistDate.of(dmy[2], dmy[1], dmy[0])) : LocalDate.of(dmy[2], dmy[1], dmy[0]);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            // reported below
        }
        problems.add(reject(row.line(), "reported_on", raw, RejectRule.BAD_DATE, "reported_on '" + raw + "' is not a date (2025-04-30 or 30/4/2568)"));
        return null;
    }

    @Override
    protected long merge(Statement s, long batch) throws SQLException {
        String stage = staging(batch);
        s.execute("DELETE FROM measure_progress WHERE (agency_code, fiscal_year) IN (SELECT DISTINCT agency_code, fiscal_year FROM " + stage + ")");
        s.execute("DELETE FROM measure WHERE (agency_code, fiscal_year) IN (SELECT DISTINCT agency_code, fiscal_year FROM " + stage + ")");
        s.executeLargeUpdate("""
                INSERT INTO measure
                SELECT agency_code, fiscal_year, row_number() OVER (PARTITION BY agency_code, fiscal_year ORDER BY min(line))::INTEGER,
                       title, string_split(any_value(indicators), ' ')::SMALLINT[],
                       list_filter(string_split(any_value(items), ' '), lambda x: x <> ''), any_value(method), any_value(period), any_value(follow_up),
                       any_value(divisions), bool_and(is_synthetic), %d
                FROM %s GROUP BY agency_code, fiscal_year, title""".formatted(batch, stage));
        s.execute("""
                INSERT INTO measure_progress
                SELECT st.agency_code, st.fiscal_year, m.seq, st.round, st.status, st.result, st.reported_on, %d
                FROM %s st JOIN measure m ON m.agency_code = st.agency_code AND m.fiscal_year = st.fiscal_year AND m.title = st.title
                WHERE st.round IS NOT NULL""".formatted(batch, stage));
        // every valid row is in: a measure's definition and, where given, its progress in one round
        try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM " + stage)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    protected boolean synthetic() {
        return allSynthetic && !measures.isEmpty();
    }
}

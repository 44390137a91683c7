package th.ita.insight.ingest.load;

import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.TabularFile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code --kind actionplan}: an agency's anti-corruption action plan, one row per project —
 * {@code fiscal_year, agency_code, title, dimension, budget, quarters}, optional {@code target_group, objective,
 * method, responsible, outputs, note}. Dimension 1–4 (มิติ), budget in baht (0 = no budget; thousands separators
 * allowed), quarters of the fiscal year as {@code 1 2}, {@code Q1,Q3}, {@code 1-4} or {@code ไตรมาส 1–2}. A file
 * replaces the plan of every agency-year it names.
 */
public final class ActionPlanLoader extends SingleStagingLoader {

    private final Map<String, String> projects = new HashMap<>();
    private boolean allSynthetic = true;

    public ActionPlanLoader(ItaStore store, Methodology methodology, boolean strict) {
        super(store, methodology, strict);
    }

    @Override
    public String kind() {
        return "actionplan";
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("fiscal_year", "agency_code", "title", "dimension", "budget", "quarters");
    }

    @Override
    protected String stagingColumns() {
        return "(line BIGINT, agency_code VARCHAR, fiscal_year INTEGER, title VARCHAR, dimension SMALLINT, budget DECIMAL(14,2), "
                + "quarters VARCHAR, target_group VARCHAR, objective VARCHAR, method VARCHAR, responsible VARCHAR, outputs VARCHAR, "
                + "note VARCHAR, is_synthetic BOOLEAN)";
    }

    @Override
    protected void reset() {
        projects.clear();
        allSynthetic = true;
    }

    @Override
    protected void accept(TabularFile.Row row, Registry registry, List<Reject> rejects, List<String> warnings) {
        List<Reject> problems = new ArrayList<>();
        long line = row.line();
        OptionalInt year = buddhistYear(row, problems, warnings);
        String code = registeredAgency(row, registry, problems);
        String title = row.get("title").strip();
        if (title.isEmpty()) {
            problems.add(reject(line, "title", title, RejectRule.MISSING_VALUE, "title (รายการโครงการ) is empty"));
        }
        OptionalInt dimension = Values.integer(row.get("dimension").replace("มิติ", "").strip());
        if (dimension.isEmpty() || dimension.getAsInt() < 1 || dimension.getAsInt() > 4) {
            problems.add(reject(line, "dimension", row.get("dimension"), RejectRule.INVALID_CHOICE,
                    "dimension '" + row.get("dimension") + "' is not 1–4 (มิติ 1 การสร้างวัฒนธรรมสุจริต … มิติ 4 การยกระดับกลไกการตรวจสอบ)"));
        }
        String rawBudget = row.get("budget").replace("บาท", "").strip();
        OptionalDouble budget = rawBudget.isEmpty() || rawBudget.equals("-") ? OptionalDouble.of(0) : Values.number(rawBudget);
        if (budget.isEmpty()) {
            problems.add(reject(line, "budget", rawBudget, RejectRule.UNPARSEABLE_NUMBER, "budget '" + rawBudget + "' is not an amount in baht"));
        } else if (budget.getAsDouble() < 0 || budget.getAsDouble() > 1e11) {
            problems.add(reject(line, "budget", rawBudget, RejectRule.VALUE_OUT_OF_RANGE, "budget " + rawBudget + " is not between 0 and 100,000 million baht"));
        }
        TreeSet<Integer> quarters = quarters(row, problems);
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        String key = code + "|" + year.getAsInt() + "|" + title;
        String values = String.join("\u0001", String.valueOf(dimension.getAsInt()), String.valueOf(budget.getAsDouble()), quarters.toString(),
                row.get("target_group"), row.get("objective"), row.get("method"), row.get("responsible"), row.get("outputs"), row.get("note"));
        String before = projects.putIfAbsent(key, values);
        if (before != null) {
            if (!before.equals(values)) {
                rejects.add(reject(line, "title", title, RejectRule.DUPLICATE_CONFLICT,
                        "project '" + title + "' of " + code + " FY" + year.getAsInt() + " appears earlier in the file with other values"));
            }
            return;
        }
        boolean synthetic = ScoresLoader.isTrue(row.get("is_synthetic"));
        allSynthetic &= synthetic;
        rows().add(line, code, year.getAsInt(), title, (short) dimension.getAsInt(), BigDecimal.valueOf(budget.getAsDouble()).setScale(2, RoundingMode.HALF_UP), quarters.stream().map(String::valueOf).collect(Collectors.joining(" ")), text(row, "target_group"), text(row, "objective"), text(row, "method"), text(row, row.get("responsible").isBlank() ? "divisions" : "responsible"), text(row, "outputs"), text(row, "note"), synthetic);
    }

    private static String text(TabularFile.Row row, String column) {
        return ScoresLoader.emptyToNull(row.get(column).strip());
    }

    /** "1 2", "Q1,Q3", "1-4", "ไตรมาส 1–2", "๑ ๒": the quarters 1–4. */
    private TreeSet<Integer> quarters(TabularFile.Row row, List<Reject> problems) {
        String raw = Values.asciiDigits(row.get("quarters")).replace("ไตรมาส", "").replace("Q", "").replace("q", "").strip();
        TreeSet<Integer> out = new TreeSet<>();
        boolean ok = !raw.isEmpty();
        for (String part : raw.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("[-–]");
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = Integer.parseInt(range[range.length - 1].strip());
                if (range.length > 2 || from < 1 || to > 4 || from > to) {
                    ok = false;
                }
                for (int q = from; q <= to; q++) {
                    out.add(q);
                }
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (!ok || out.isEmpty()) {
            problems.add(reject(row.line(), "quarters", row.get("quarters"), RejectRule.INVALID_CHOICE,
                    "quarters '" + row.get("quarters") + "' are not quarters 1–4 of the fiscal year (e.g. 1 2, Q1,Q3, 1-4)"));
        }
        return out;
    }

    @Override
    protected long merge(Statement s, long batch) throws SQLException {
        String stage = staging(batch);
        s.execute("DELETE FROM action_plan_project WHERE (agency_code, fiscal_year) IN (SELECT DISTINCT agency_code, fiscal_year FROM " + stage + ")");
        return s.executeLargeUpdate("""
                INSERT INTO action_plan_project
                SELECT agency_code, fiscal_year, row_number() OVER (PARTITION BY agency_code, fiscal_year ORDER BY line)::INTEGER, title,
                       dimension, budget, string_split(quarters, ' ')::SMALLINT[], target_group, objective, method, responsible, outputs,
                       note, is_synthetic, %d
                FROM %s""".formatted(batch, stage));
    }

    @Override
    protected boolean synthetic() {
        return allSynthetic && !projects.isEmpty();
    }
}

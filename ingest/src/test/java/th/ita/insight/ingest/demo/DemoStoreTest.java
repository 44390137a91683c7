package th.ita.insight.ingest.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.trend.Backtest;
import th.ita.insight.analytics.trend.ForecastMethod;
import th.ita.insight.ingest.cli.ItaCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demo store as ./ita demo builds it: calibration against the published national table, and realism. */
class DemoStoreTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void build() {
        db = DemoStoreBuilder.build(dir.resolve("ita.duckdb"), dir.resolve("work")).store();
    }

    @Test
    void calibrationMatchesThePublishedNationalFigures() {
        try (ItaStore store = ItaStore.openReadOnly(db)) {
            List<CalibrationReport.Row> rows = CalibrationReport.compute(store);
            assertThat(rows).extracting(CalibrationReport.Row::fiscalYear)
                    .containsExactly(2562, 2563, 2564, 2565, 2566, 2567, 2568);
            for (CalibrationReport.Row r : rows) {
                assertThat(r.meanDemo()).as("mean FY%d", r.fiscalYear()).isCloseTo(r.meanPublished(), within(0.5));
                r.passPublished().ifPresent(p ->
                        assertThat(r.passDemo()).as("pass rate FY%d", r.fiscalYear()).isCloseTo(p, within(1.5)));
                assertThat(r.agenciesDemo()).isBetween(7800, 7900);
            }
        }
    }

    @Test
    void publishedAgencyGivesItsPublishedTotalsAndIsNotSynthetic() throws SQLException {
        List<String> rows = query("""
                SELECT y.fiscal_year || ' ' || y.total || ' ' || y.rating || ' ' || y.passed || ' ' || a.is_synthetic
                FROM v_agency_year y JOIN v_agency a USING (agency_code)
                WHERE agency_code = '06310499' ORDER BY 1""");
        assertThat(rows).containsExactly("2563 63.92 D false false", "2564 58.24 D false false");
    }

    @Test
    void everyOtherAgencyIsLabelledSynthetic() throws SQLException {
        assertThat(query("SELECT count(*) FILTER (WHERE NOT is_synthetic) || '/' || count(*) FROM v_agency"))
                .containsExactly("1/7851");
        assertThat(query("SELECT bool_and(is_synthetic) FROM v_ingest_batch WHERE file_name LIKE 'demo-%'"))
                .containsExactly("true");
    }

    @Test
    void useOfAuthorityIsTheHighestIndicatorFrom2566() throws SQLException {
        assertThat(query("""
                SELECT fiscal_year || ':' || arg_max(indicator, m) FROM (
                  SELECT fiscal_year, indicator, avg(score) AS m FROM v_indicator_score WHERE fiscal_year >= 2566 GROUP BY ALL)
                GROUP BY fiscal_year ORDER BY 1"""))
                .containsExactly("2566:3", "2567:3", "2568:3");
    }

    @Test
    void oitIsTheMostVolatileToolAndSomeAgenciesCollapse() throws SQLException {
        // spread of year-over-year changes per tool
        List<String> volatility = query("""
                WITH d AS (
                  SELECT fiscal_year, agency_code, iit - lag(iit) OVER w AS diit, eit - lag(eit) OVER w AS deit,
                         oit - lag(oit) OVER w AS doit
                  FROM v_agency_year WINDOW w AS (PARTITION BY agency_code ORDER BY fiscal_year))
                SELECT (stddev(doit) > stddev(diit) AND stddev(doit) > stddev(deit))::VARCHAR FROM d""");
        assertThat(volatility).containsExactly("true");
        List<String> collapses = query("""
                WITH d AS (SELECT oit - lag(oit) OVER (PARTITION BY agency_code ORDER BY fiscal_year) AS doit FROM v_agency_year)
                SELECT (count(*) FILTER (WHERE doit < -25) > 20)::VARCHAR FROM d""");
        assertThat(collapses).containsExactly("true");
    }

    @Test
    void agenciesPersistAndProvincesDiffer() throws SQLException {
        assertThat(query("""
                SELECT corr(a.total, b.total) > 0.3 FROM v_agency_year a JOIN v_agency_year b
                  ON a.agency_code = b.agency_code AND b.fiscal_year = a.fiscal_year + 1 WHERE a.fiscal_year = 2563"""))
                .containsExactly("true");
        assertThat(query("""
                SELECT max(m) - min(m) > 4 FROM (SELECT a.province, avg(y.total) m FROM v_agency_year y
                  JOIN v_agency a USING (agency_code) WHERE fiscal_year = 2564 GROUP BY 1)"""))
                .containsExactly("true");
    }

    @Test
    void satisfactionFollowsEitPlausiblyNotPerfectly() throws SQLException {
        List<String> r = query("""
                SELECT corr(y.eit, s.m) FROM v_agency_year y JOIN (
                  SELECT fiscal_year, agency_code, sum(mean_score * respondents) / sum(respondents) m
                  FROM v_satisfaction GROUP BY ALL) s USING (fiscal_year, agency_code)""");
        double corr = Double.parseDouble(r.getFirst());
        assertThat(corr).isBetween(0.3, 0.85);
        assertThat(query("SELECT min(respondents) >= 100 AND max(respondents) <= 500 AND min(mean_score) >= 1 "
                + "AND max(mean_score) <= 5 AND bool_and(n_5 + n_4 + n_3 + n_2 + n_1 = respondents) FROM v_satisfaction"))
                .containsExactly("true");
    }

    @Test
    void theShippedForecastBeatsSameAsLastYearInTheBacktest() {
        try (ItaStore store = ItaStore.openReadOnly(db)) {
            Backtest.Result r = Backtest.run(store);
            assertThat(r.predictions()).isGreaterThan(30_000);
            assertThat(r.of(r.shipped()).meanAbsoluteError()).isLessThanOrEqualTo(r.of(ForecastMethod.NAIVE).meanAbsoluteError());
            assertThat(r.best()).isEqualTo(r.shipped());
            assertThat(r.of(r.shipped()).intervalCoverage()).isGreaterThan(0.9);
        }
    }

    @Test
    void analyzeCommandsGiveJsonAndUnknownNamesExitTwoWithNothingOnStdout() throws Exception {
        Run agency = run("analyze", "agency", "06310499", "--year", "2564", "--db", db.toString(), "--json");
        assertThat(agency.code()).isZero();
        JsonNode a = JsonMapper.builder().build().readTree(agency.out());
        assertThat(a.get("total").asDouble()).isEqualTo(58.24);
        assertThat(a.get("rating").asText()).isEqualTo("D");
        assertThat(a.get("change").get("percent").asDouble()).isEqualTo(-8.89);
        List<Integer> weak = new java.util.ArrayList<>();
        a.get("weak_indicators").forEach(w -> weak.add(w.get("indicator").asInt()));
        assertThat(weak).containsExactly(10, 9, 4, 8, 7, 6, 5, 2);
        assertThat(a.get("peer").get("rank_in_province").asInt()).isPositive();
        assertThat(a.get("tools").get("OIT").asDouble()).isEqualTo(27.12);

        Run national = run("analyze", "national", "--year", "2568", "--db", db.toString(), "--json");
        assertThat(national.code()).isZero();
        JsonNode n = JsonMapper.builder().build().readTree(national.out());
        int banded = 0;
        for (JsonNode c : n.get("band_counts")) {
            banded += c.asInt();
        }
        assertThat(banded).isEqualTo(n.get("summary").get("agencies").asInt());
        assertThat(n.get("provinces")).hasSize(77);
        assertThat(n.get("satisfaction_eit_links").get(0).get("n").asInt()).isGreaterThan(7000);

        Run province = run("analyze", "province", "บุรีรัมย์", "--year", "2564", "--db", db.toString(), "--json");
        assertThat(province.code()).isZero();
        assertThat(JsonMapper.builder().build().readTree(province.out()).get("agencies").size()).isGreaterThan(100);

        Run compare = run("analyze", "compare", "06310499", "02310101", "--db", db.toString());
        assertThat(compare.code()).isZero();
        JsonNode cells = JsonMapper.builder().build().readTree(compare.out()).get("cells");
        List<String> nongKongTotals = new java.util.ArrayList<>();
        cells.forEach(c -> {
            if (c.get("agency_code").asText().equals("06310499") && c.get("indicator").asInt() == 0) {
                nongKongTotals.add(c.get("fiscal_year").asInt() + ":" + c.get("score").asDouble());
            }
        });
        assertThat(nongKongTotals).containsExactly("2563:63.92", "2564:58.24");
        assertThat(run("analyze", "compare", "06310499", "--db", db.toString()).code()).isEqualTo(2);

        for (String[] args : List.of(new String[] {"analyze", "agency", "0631049"}, new String[] {"analyze", "province", "บุรีรัม"},
                new String[] {"analyze", "national", "--year", "2570"})) {
            String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--db", db.toString()))
                    .toArray(String[]::new);
            Run r = run(full);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines().count()).isEqualTo(1);
        }
        assertThat(run("analyze", "agency", "0631049", "--db", db.toString()).err()).contains("06310499");
        assertThat(run("analyze", "province", "บุรีรัม", "--db", db.toString()).err()).contains("บุรีรัมย์");
    }

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        java.io.PrintStream oldOut = System.out;
        java.io.PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            int code = ItaCommand.run(args);
            return new Run(code, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static List<String> query(String sql) throws SQLException {
        try (ItaStore store = ItaStore.openReadOnly(db); Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}

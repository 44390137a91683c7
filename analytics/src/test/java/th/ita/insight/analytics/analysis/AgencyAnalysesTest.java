package th.ita.insight.analytics.analysis;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.DerivedTables;
import th.ita.insight.analytics.store.ItaStore;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agency analyses on a real DuckDB file, against figures computed by hand. */
class AgencyAnalysesTest {

    static final String NONGKONG = "06310499";

    @TempDir
    Path dir;

    ItaStore store;
    AgencyAnalyses analyses;

    @BeforeEach
    void store() throws SQLException {
        store = ItaStore.openReadWrite(dir.resolve("ita.duckdb"));
        analyses = new AgencyAnalyses(store, Methodology.bundled());
        agency(NONGKONG, "31");
        scores(2563, NONGKONG, 86.96, 78.11, 83.07, 78.23, 79.14, 74.03, 66.66, 71.11, 60.82, 31.25);
        scores(2564, NONGKONG, 87.54, 79.61, 81.97, 74.84, 77.31, 78.17, 77.55, 77.42, 29.24, 25.00);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void nongKong2564IsClassifiedAndRankedExactlyAsItsPublishedAnalysis() throws SQLException {
        refresh();
        AgencyAnalysis a = analyses.analyze(new AgencyCode(NONGKONG), FiscalYear.of(2564)).orElseThrow();
        assertThat(a.total().getAsDouble()).isEqualTo(58.24);
        assertThat(a.rating()).contains("D");
        assertThat(a.passed()).contains(false);
        assertThat(a.change().orElseThrow().points()).isEqualTo(-5.68);
        assertThat(a.change().orElseThrow().percent()).isEqualTo(-8.89);
        assertThat(a.classification().get(IndicatorClass.HIGHEST)).containsExactly(1);
        assertThat(a.classification().get(IndicatorClass.STRENGTH)).containsExactly(1);
        assertThat(a.classification().get(IndicatorClass.WEAKNESS_INCREASED)).containsExactly(2, 6, 7, 8);
        assertThat(a.classification().get(IndicatorClass.WEAKNESS_DECREASED)).containsExactly(3, 4, 5, 9, 10);
        assertThat(a.indicators()).extracting(IndicatorResult::indicatorClass).containsExactly(IndicatorClass.HIGHEST,
                IndicatorClass.WEAKNESS_INCREASED, IndicatorClass.WEAKNESS_DECREASED, IndicatorClass.WEAKNESS_DECREASED,
                IndicatorClass.WEAKNESS_DECREASED, IndicatorClass.WEAKNESS_INCREASED, IndicatorClass.WEAKNESS_INCREASED,
                IndicatorClass.WEAKNESS_INCREASED, IndicatorClass.WEAKNESS_DECREASED, IndicatorClass.WEAKNESS_DECREASED);
        assertThat(a.weakIndicators()).extracting(WeakIndicator::indicator).containsExactly(10, 9, 4, 8, 7, 6, 5, 2);
        // 10: 0.20 × (80 − 25.00) = 11.0; 2: 0.06 × (80 − 79.61) = 0.0234
        assertThat(a.weakIndicators().getFirst().gainToThreshold()).isCloseTo(11.0, within(1e-9));
        assertThat(a.weakIndicators().getLast().gainToThreshold()).isCloseTo(0.0234, within(1e-9));
        assertThat(a.weakIndicators().getFirst().gainTo100()).isCloseTo(15.0, within(1e-9));
        assertThat(a.toolBelowPass()).containsExactly("IIT", "EIT", "OIT");
        assertThat(a.passesWithToolBelowPass()).isFalse();
        assertThat(a.peer()).hasValueSatisfying(p -> {
            assertThat(p.rankInProvince()).isEqualTo(1);
            assertThat(p.agenciesInProvince()).isEqualTo(1);
        });
    }

    @Test
    void tiesAtTheTopAreAllHighestAndExactThresholdsCount() throws SQLException {
        agency("00000001", "10");
        scores(2566, "00000001", 80, 80, 80, 80, 80, 80, 80, 80, 80, 80);
        scores(2567, "00000001", 95, 95, 80, 85, 79.99, 80, 80, 80, 95, 95);
        refresh();
        AgencyAnalysis a = analyses.analyze(new AgencyCode("00000001"), FiscalYear.of(2567)).orElseThrow();
        assertThat(a.classification().get(IndicatorClass.HIGHEST)).containsExactly(1, 2, 9, 10);
        assertThat(a.classification().get(IndicatorClass.UNCHANGED)).containsExactly(3, 6, 7, 8);
        assertThat(a.classification().get(IndicatorClass.WEAKNESS_DECREASED)).containsExactly(5);
        // 80.00 is not weak, 79.99 is
        assertThat(a.weakIndicators()).extracting(WeakIndicator::indicator).containsExactly(5);
        // IIT = (95+95+80+85+79.99)/5 = 86.998; EIT = 80; OIT = 95; total = 26.0994 + 24 + 38 = 88.0994 → 88.10
        assertThat(a.total().getAsDouble()).isEqualTo(88.10);
        assertThat(a.passed()).contains(true);
        assertThat(a.toolBelowPass()).containsExactly("EIT");
        assertThat(a.passesWithToolBelowPass()).isTrue();
        assertThat(a.change().orElseThrow().points()).isEqualTo(8.10);
    }

    @Test
    void aMissingIndicatorGivesNoTotalButStillAnalysesTheIndicatorsItHas() throws SQLException {
        agency("00000002", "10");
        try (Statement s = store.connection().createStatement()) {
            for (int k = 1; k <= 9; k++) {
                s.execute("INSERT INTO indicator_score VALUES (2565, '00000002', %d, 70, 1)".formatted(k));
            }
        }
        refresh();
        AgencyAnalysis a = analyses.analyze(new AgencyCode("00000002"), FiscalYear.of(2565)).orElseThrow();
        assertThat(a.total()).isEmpty();
        assertThat(a.passed()).isEmpty();
        assertThat(a.missingReason()).hasValueSatisfying(r -> assertThat(r).contains("9"));
        assertThat(a.indicators()).hasSize(9);
        assertThat(a.classification().get(IndicatorClass.NO_PREVIOUS_YEAR)).hasSize(9);
        assertThat(a.peer()).isEmpty();
    }

    @Test
    void totalsStayWithin0To100AndRaisingAnIndicatorNeverLowersTheTotal() throws SQLException {
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            String code = "%08d".formatted(100 + i);
            agency(code, "10");
            double[] v = new double[10];
            for (int k = 0; k < 10; k++) {
                v[k] = Math.round(random.nextDouble() * 10000) / 100.0;
            }
            scores(2566, code, v);
            int k = random.nextInt(10);
            v[k] = Math.min(100, v[k] + Math.round(random.nextDouble() * 3000) / 100.0);
            scores(2567, code, v);   // the same agency a year later with one indicator raised
        }
        refresh();
        List<AgencyAnalysis> later = analyses.analyzeAll(FiscalYear.of(2567));
        assertThat(later).hasSize(60);
        for (AgencyAnalysis a : later) {
            double total = a.total().getAsDouble();
            assertThat(total).isBetween(0.0, 100.0);
            assertThat(a.change().orElseThrow().points()).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void oneAgencysPeerStandingEqualsTheSetBasedView() throws SQLException {
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            String code = "%08d".formatted(200 + i);
            agency(code, i % 2 == 0 ? "10" : "31");
            double[] v = new double[10];
            for (int k = 0; k < 10; k++) {
                v[k] = 60 + Math.round(random.nextDouble() * 4000) / 100.0;
            }
            scores(2568, code, v);
        }
        refresh();
        for (AgencyAnalysis all : analyses.analyzeAll(FiscalYear.of(2568))) {
            Peer one = analyses.analyze(all.agencyCode(), FiscalYear.of(2568)).orElseThrow().peer().orElseThrow();
            assertThat(one).isEqualTo(all.peer().orElseThrow());
        }
    }

    private void agency(String code, String province) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            s.execute("INSERT INTO agency VALUES ('%s', 'อบต.ทดสอบ %s', 'SAO', '%s', NULL, false, 1)".formatted(code, code, province));
        }
    }

    private void scores(int fy, String code, double... values) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            for (int k = 0; k < values.length; k++) {
                s.execute("INSERT INTO indicator_score VALUES (%d, '%s', %d, %s, 1)".formatted(fy, code, k + 1, values[k]));
            }
        }
    }

    private void refresh() throws SQLException {
        DerivedTables.refreshAll(store.connection());
    }
}

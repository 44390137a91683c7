package th.ita.insight.analytics.methodology;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MethodologyTest {

    private final Methodology m = Methodology.bundled();

    @Test
    void shipsFiscalYears2562To2569WithTenIndicatorsAndWeightsSummingToOne() {
        assertThat(m.first()).isEqualTo(FiscalYear.of(2562));
        assertThat(m.last()).isEqualTo(FiscalYear.of(2569));
        for (YearMethodology y : m.years()) {
            assertThat(y.indicators()).hasSize(10);
            double sum = 0;
            for (Indicator i : y.indicators()) {
                sum += y.indicatorWeight(i.number());
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
            assertThat(y.indicatorsOf(Tool.IIT)).extracting(Indicator::number).containsExactly(1, 2, 3, 4, 5);
            assertThat(y.indicatorsOf(Tool.EIT)).extracting(Indicator::number).containsExactly(6, 7, 8);
            assertThat(y.indicatorsOf(Tool.OIT)).extracting(Indicator::number).containsExactly(9, 10);
        }
    }

    @Test
    void weightsAreVerifiedFor2563And2564AndFlaggedAsAssumedElsewhere() {
        assertThat(m.require(FiscalYear.of(2563)).weightsAssumed()).isFalse();
        assertThat(m.require(FiscalYear.of(2564)).weightsAssumed()).isFalse();
        assertThat(m.require(FiscalYear.of(2562)).weightsAssumed()).isTrue();
        assertThat(m.require(FiscalYear.of(2568)).bandsAssumed()).isTrue();
        assertThat(m.require(FiscalYear.of(2564)).indicatorWeight(9)).isCloseTo(0.20, within(1e-12));
        assertThat(m.require(FiscalYear.of(2564)).indicatorWeight(1)).isCloseTo(0.06, within(1e-12));
    }

    @Test
    void bandBoundariesAreInclusiveAtTheBottom() {
        YearMethodology y = m.require(FiscalYear.of(2564));
        assertThat(y.bandOf(95.00).band()).isEqualTo("AA");
        assertThat(y.bandOf(94.99).band()).isEqualTo("A");
        assertThat(y.bandOf(85.00).band()).isEqualTo("A");
        assertThat(y.bandOf(84.99).band()).isEqualTo("B");
        assertThat(y.bandOf(55.00).band()).isEqualTo("D");
        assertThat(y.bandOf(49.99).band()).isEqualTo("F");
        assertThat(y.passes(85.00)).isTrue();
        assertThat(y.passes(84.99)).isFalse();
    }

    @Test
    void oitItemDictionaryOf2563Has43ItemsInSevenSubIndicators() {
        assertThat(m.oitItems("OIT-2563")).hasSize(43);
        assertThat(m.oitItems("OIT-2563").stream().filter(i -> i.subIndicator().equals("9.1")).count()).isEqualTo(9);
        assertThat(m.oitItems("OIT-2563").stream().filter(i -> i.subIndicator().equals("10.2")).count()).isEqualTo(2);
    }

    @Test
    void fiscalYearIsBuddhistEra() {
        assertThat(FiscalYear.of(2567).gregorianYear()).isEqualTo(2024);
        assertThat(FiscalYear.of(2567).firstDay().toString()).contains("2566-10-01");
        assertThatThrownBy(() -> FiscalYear.of(2024)).hasMessageContaining("Buddhist-Era");
        assertThatThrownBy(() -> m.require(FiscalYear.of(2555))).hasMessageContaining("2562");
    }
}

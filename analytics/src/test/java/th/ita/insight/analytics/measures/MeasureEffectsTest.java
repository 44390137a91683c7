package th.ita.insight.analytics.measures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.store.DerivedTables;
import th.ita.insight.analytics.store.ItaStore;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The difference-in-differences recovers a known effect, and finds none where there is none, on a real store. */
class MeasureEffectsTest {

    @TempDir
    Path dir;

    @Test
    void aKnownEffectIsRecoveredAndNoEffectIsNotInvented() throws SQLException {
        try (ItaStore store = ItaStore.openReadWrite(dir.resolve("ita.duckdb"))) {
            Random random = new Random(11);
            try (Statement s = store.connection().createStatement()) {
                for (int a = 0; a < 120; a++) {
                    String code = "0999%04d".formatted(a);
                    s.execute("INSERT INTO agency VALUES ('" + code + "', 'อบต.ทดสอบ " + a + "', 'SAO', '31', NULL, true, 1)");
                    boolean treated = a < 40;
                    for (int k = 1; k <= 10; k++) {
                        // FY2563: indicators 9 and 10 weak (52) for everyone, the rest 90
                        double before = k >= 9 ? 52 : 90;
                        // FY2564: indicator 9 rises 10 points more where a measure targeted it; indicator 10 rises alike
                        double after = k == 9 ? 60 + (treated ? 10 : 0) + random.nextGaussian() * 4
                                : k == 10 ? 60 + random.nextGaussian() * 4 : 90;
                        s.execute("INSERT INTO indicator_score VALUES (2563, '%s', %d, %s, 1)".formatted(code, k, before));
                        s.execute("INSERT INTO indicator_score VALUES (2564, '%s', %d, %.2f, 1)".formatted(code, k, Math.min(100, after)));
                    }
                    if (treated) {
                        s.execute("INSERT INTO measure VALUES ('" + code + "', 2564, 1, 'มาตรการทดสอบ', [9, 10], [], NULL, NULL, NULL, NULL, true, 1)");
                    }
                }
            }
            DerivedTables.refreshAll(store.connection());
            List<MeasureEffects.Effect> effects = new MeasureEffects(store).byIndicator();
            assertThat(effects).extracting(MeasureEffects.Effect::indicator).containsExactly(9, 10);
            MeasureEffects.Effect nine = effects.getFirst();
            assertThat(nine.treated()).isEqualTo(40);
            assertThat(nine.control()).isEqualTo(80);
            assertThat(nine.difference()).isBetween(8.0, 12.0);
            assertThat(nine.ciLow()).isPositive();
            assertThat(nine.pValue()).isLessThan(0.001);
            MeasureEffects.Effect ten = effects.get(1);
            assertThat(ten.ciLow()).isNegative();
            assertThat(ten.ciHigh()).isPositive();

            // one treated agency beside the 80 comparable ones without measures (same type, start and gap bands)
            List<MeasureEffects.AgencyOutcome> mine = new MeasureEffects(store).forAgency(
                    new th.ita.insight.analytics.agency.AgencyCode("09990000"), th.ita.insight.analytics.methodology.FiscalYear.of(2564));
            assertThat(mine).extracting(MeasureEffects.AgencyOutcome::indicator).containsExactly(9, 10);
            assertThat(mine.getFirst().before()).isEqualTo(52.0);
            assertThat(mine.getFirst().controls()).isEqualTo(80);
            assertThat(mine.getFirst().controlMeanChange()).isBetween(6.0, 10.0);
            assertThat(mine.getFirst().change()).isEqualTo(mine.getFirst().after() - 52.0, org.assertj.core.data.Offset.offset(0.011));
            assertThat(new MeasureEffects(store).forAgency(new th.ita.insight.analytics.agency.AgencyCode("09990100"),
                    th.ita.insight.analytics.methodology.FiscalYear.of(2564))).as("no measures, nothing to show").isEmpty();
        }
    }
}

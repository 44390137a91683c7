package th.ita.insight.ingest.demo;

import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.datasets.demo.CalibrationTarget;
import th.ita.insight.datasets.demo.DemoDatasetGenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Published national figures against what the store's synthetic demo agencies give, per fiscal year. */
public final class CalibrationReport {

    public record Row(int fiscalYear, int agenciesPublished, int agenciesDemo, double meanPublished, double meanDemo,
                      OptionalDouble passPublished, double passDemo, double medianDemo) {
        public double meanError() {
            return meanDemo - meanPublished;
        }

        public OptionalDouble passError() {
            return passPublished.isPresent() ? OptionalDouble.of(passDemo - passPublished.getAsDouble()) : OptionalDouble.empty();
        }
    }

    private CalibrationReport() {
    }

    public static List<Row> compute(ItaStore store) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = store.newConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT count(*), avg(y.total), 100.0 * avg(CASE WHEN y.passed THEN 1 ELSE 0 END), median(y.total)
                     FROM v_agency_year y JOIN v_agency a USING (agency_code)
                     WHERE y.fiscal_year = ? AND a.is_synthetic AND y.total IS NOT NULL""")) {
            for (CalibrationTarget t : DemoDatasetGenerator.calibrationTargets()) {
                ps.setInt(1, t.fiscalYear());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rows.add(new Row(t.fiscalYear(), t.agenciesPublished(), rs.getInt(1), t.meanPublished(), rs.getDouble(2),
                            t.passRatePublished(), rs.getDouble(3), rs.getDouble(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compute the calibration table: " + e.getMessage(), e);
        }
        return rows;
    }

    public static String markdown(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| FY (พ.ศ.) | agencies published | demo agencies | mean published | mean demo | Δ mean | ≥85 published | ≥85 demo | Δ pass | median demo |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.2f | %.2f | %+.2f | %s | %.2f %% | %s | %.2f |%n",
                    r.fiscalYear(), r.agenciesPublished(), r.agenciesDemo(), r.meanPublished(), r.meanDemo(), r.meanError(),
                    r.passPublished().isPresent() ? String.format(Locale.ROOT, "%.2f %%", r.passPublished().getAsDouble()) : "not published",
                    r.passDemo(),
                    r.passError().isPresent() ? String.format(Locale.ROOT, "%+.2f", r.passError().getAsDouble()) : "—",
                    r.medianDemo()));
        }
        return b.toString();
    }
}

package th.ita.insight.analytics.trend;

import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Proves a forecast is worth showing: every agency's total of every year is predicted from the years before it
 * (at least {@value #MIN_HISTORY}), by every method, and the mean absolute errors compared; the 95 % interval's
 * coverage is reported too.
 */
public final class Backtest {

    public static final int MIN_HISTORY = 3;

    public record MethodResult(ForecastMethod method, double meanAbsoluteError, double intervalCoverage) {}

    public record Result(int predictions, int agencies, List<MethodResult> methods, ForecastMethod best,
                         ForecastMethod shipped) {
        public MethodResult of(ForecastMethod m) {
            return methods.stream().filter(r -> r.method() == m).findFirst().orElseThrow();
        }
    }

    private Backtest() {
    }

    public static Result run(ItaStore store) {
        Map<ForecastMethod, double[]> sums = new EnumMap<>(ForecastMethod.class);
        for (ForecastMethod m : ForecastMethod.values()) {
            sums.put(m, new double[2]);   // absolute error sum, covered count
        }
        int predictions = 0;
        int agencies = 0;
        try (Connection c = store.newConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT agency_code, fiscal_year, total FROM v_agency_year WHERE total IS NOT NULL
                     ORDER BY agency_code, fiscal_year""")) {
            String current = null;
            List<TrendStatistics.Point> series = new ArrayList<>();
            boolean more = rs.next();
            while (more) {
                String code = rs.getString(1);
                if (!code.equals(current)) {
                    current = code;
                    series.clear();
                    agencies++;
                }
                int year = rs.getInt(2);
                double actual = rs.getDouble(3);
                if (!series.isEmpty() && series.getLast().fiscalYear() != year - 1) {
                    series.clear();   // a gap in the years: start the history again
                }
                if (series.size() >= MIN_HISTORY) {
                    predictions++;
                    for (ForecastMethod m : ForecastMethod.values()) {
                        Forecast f = TrendStatistics.forecast(series, m).orElseThrow();
                        double[] acc = sums.get(m);
                        acc[0] += Math.abs(f.value() - actual);
                        if (actual >= f.low() && actual <= f.high()) {
                            acc[1]++;
                        }
                    }
                }
                series.add(new TrendStatistics.Point(year, actual));
                more = rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot run the backtest: " + e.getMessage(), e);
        }
        List<MethodResult> results = new ArrayList<>();
        ForecastMethod best = null;
        double bestMae = Double.POSITIVE_INFINITY;
        for (ForecastMethod m : ForecastMethod.values()) {
            double mae = predictions == 0 ? Double.NaN : sums.get(m)[0] / predictions;
            double coverage = predictions == 0 ? Double.NaN : sums.get(m)[1] / predictions;
            results.add(new MethodResult(m, Math.round(mae * 1000.0) / 1000.0, Math.round(coverage * 1000.0) / 1000.0));
            if (mae < bestMae) {
                bestMae = mae;
                best = m;
            }
        }
        return new Result(predictions, agencies, List.copyOf(results), best, ForecastMethod.SHIPPED);
    }
}

package th.ita.insight.analytics.trend;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import th.ita.insight.analytics.methodology.FiscalYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Trend statistics on short yearly series (Apache Commons Math). Points are (fiscal year, value), oldest first. */
public final class TrendStatistics {

    private TrendStatistics() {
    }

    public record Point(int fiscalYear, double value) {}

    /** OLS and Theil–Sen slopes; needs 3 or more years (a 2-point line has no interval). */
    public static Optional<TrendFit> fit(List<Point> series) {
        if (series.size() < 3) {
            return Optional.empty();
        }
        SimpleRegression r = regression(series);
        double slope = r.getSlope();
        double half = r.getSlopeConfidenceInterval(0.05);
        double p = r.getSignificance();
        return Optional.of(new TrendFit(series.size(), slope, slope - half, slope + half,
                Double.isNaN(p) ? (slope == 0 ? 1.0 : 0.0) : p, theilSenSlope(series)));
    }

    /** Median of the slopes between every pair of years. */
    public static double theilSenSlope(List<Point> s) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                int dx = s.get(j).fiscalYear() - s.get(i).fiscalYear();
                if (dx != 0) {
                    slopes.add((s.get(j).value() - s.get(i).value()) / dx);
                }
            }
        }
        return slopes.isEmpty() ? 0.0 : new Median().evaluate(slopes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Next year's value by {@code method}, with a 95 % prediction interval; needs 3 or more years. */
    public static Optional<Forecast> forecast(List<Point> series, ForecastMethod method) {
        int n = series.size();
        if (n < 3) {
            return Optional.empty();
        }
        Point last = series.getLast();
        int next = last.fiscalYear() + 1;
        double value = switch (method) {
            case NAIVE -> last.value();
            case OLS -> regression(series).predict(next);
            case THEIL_SEN -> theilSenLine(series, next);
            case DAMPED_TREND -> last.value() + 0.5 * theilSenSlope(series);
        };
        double halfWidth = predictionHalfWidth(series, method, next);
        return Optional.of(new Forecast(FiscalYear.of(next), method, clip(value), clip(value - halfWidth),
                clip(value + halfWidth), n));
    }

    /**
     * Half-width of the 95 % prediction interval. For the line methods, the OLS formula with the residual
     * spread; for NAIVE and DAMPED_TREND, the spread of the year-to-year changes (a random walk's step).
     */
    private static double predictionHalfWidth(List<Point> s, ForecastMethod method, int next) {
        int n = s.size();
        if (method == ForecastMethod.OLS || method == ForecastMethod.THEIL_SEN) {
            if (n < 3) {
                return Double.POSITIVE_INFINITY;
            }
            SimpleRegression r = regression(s);
            double meanX = s.stream().mapToDouble(Point::fiscalYear).average().orElseThrow();
            double sxx = r.getXSumSquares();
            double se = Math.sqrt(r.getMeanSquareError() * (1 + 1.0 / n + (next - meanX) * (next - meanX) / sxx));
            return new TDistribution(null, n - 2).inverseCumulativeProbability(0.975) * se;
        }
        if (n < 3) {
            return Double.POSITIVE_INFINITY;
        }
        double[] steps = new double[n - 1];
        for (int i = 1; i < n; i++) {
            steps[i - 1] = s.get(i).value() - s.get(i - 1).value();
        }
        double mean = 0;
        for (double d : steps) {
            mean += d;
        }
        mean /= steps.length;
        double ss = 0;
        for (double d : steps) {
            ss += (d - mean) * (d - mean);
        }
        double sd = Math.sqrt(ss / Math.max(1, steps.length - 1));
        return new TDistribution(null, Math.max(1, steps.length - 1)).inverseCumulativeProbability(0.975) * sd
                * Math.sqrt(1 + 1.0 / steps.length);
    }

    private static double theilSenLine(List<Point> s, int x) {
        double slope = theilSenSlope(s);
        double[] intercepts = s.stream().mapToDouble(p -> p.value() - slope * p.fiscalYear()).toArray();
        return new Median().evaluate(intercepts) + slope * x;
    }

    private static SimpleRegression regression(List<Point> s) {
        SimpleRegression r = new SimpleRegression(true);
        for (Point p : s) {
            r.addData(p.fiscalYear(), p.value());
        }
        return r;
    }

    private static double clip(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 100.0 : 0.0;
        }
        return Math.max(0.0, Math.min(100.0, Math.round(v * 100.0) / 100.0));
    }
}

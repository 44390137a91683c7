package th.ita.insight.analytics.trend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendStatisticsTest {

    static List<TrendStatistics.Point> series(double... v) {
        return java.util.stream.IntStream.range(0, v.length).mapToObj(i -> new TrendStatistics.Point(2562 + i, v[i])).toList();
    }

    @Test
    void olsAndTheilSenOnAHandComputedSeries() {
        // y = 60, 62, 64, 66 + outlier: OLS is pulled, Theil–Sen keeps 2 points a year
        TrendFit fit = TrendStatistics.fit(series(60, 62, 64, 66, 90)).orElseThrow();
        assertThat(fit.theilSenSlope()).isCloseTo(2.0, within(1e-9));
        // OLS slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = (16.8 + 6.4 + 0 − 2.4 + 43.2) / 10 = 6.4
        assertThat(fit.olsSlope()).isCloseTo(6.4, within(1e-9));
        assertThat(fit.olsSlopeLow()).isLessThan(fit.olsSlope());
        assertThat(fit.olsSlopeHigh()).isGreaterThan(fit.olsSlope());
        assertThat(fit.olsPValue()).isBetween(0.0, 1.0);
    }

    @Test
    void aPerfectLineHasPValueZeroAndForecastsTheNextPoint() {
        TrendFit fit = TrendStatistics.fit(series(70, 72, 74, 76)).orElseThrow();
        assertThat(fit.olsSlope()).isCloseTo(2.0, within(1e-9));
        Forecast f = TrendStatistics.forecast(series(70, 72, 74, 76), ForecastMethod.OLS).orElseThrow();
        assertThat(f.fiscalYear().buddhistEra()).isEqualTo(2566);
        assertThat(f.value()).isCloseTo(78.0, within(1e-9));
        Forecast d = TrendStatistics.forecast(series(70, 72, 74, 76), ForecastMethod.DAMPED_TREND).orElseThrow();
        assertThat(d.value()).isCloseTo(77.0, within(1e-9));
        assertThat(d.low()).isLessThanOrEqualTo(d.value());
        assertThat(d.high()).isGreaterThanOrEqualTo(d.value());
    }

    @Test
    void forecastsStayWithin0To100AndNeedThreeYears() {
        Forecast f = TrendStatistics.forecast(series(90, 95, 99), ForecastMethod.OLS).orElseThrow();
        assertThat(f.value()).isLessThanOrEqualTo(100.0);
        assertThat(f.high()).isLessThanOrEqualTo(100.0);
        assertThat(TrendStatistics.forecast(series(90, 95), ForecastMethod.NAIVE)).isEmpty();
        assertThat(TrendStatistics.fit(series(90, 95))).isEmpty();
    }
}

package th.ita.insight.analytics.trend;

/**
 * A linear trend through a yearly series: OLS slope (points per year) with its 95 % confidence interval and
 * p-value (H0: no trend), and the robust Theil–Sen slope for short, noisy series. {@code n} years.
 */
public record TrendFit(int n, double olsSlope, double olsSlopeLow, double olsSlopeHigh, double olsPValue,
                       double theilSenSlope) {}

package th.ita.insight.analytics.trend;

/**
 * Ways to forecast next year's score from the years before. {@link #SHIPPED} is the one the product shows:
 * the winner of the backtest over the demo data ({@code ./ita analyze backtest}), see docs/analytics.md.
 */
public enum ForecastMethod {
    /** same as last year */
    NAIVE,
    /** ordinary least squares line through every year */
    OLS,
    /** Theil–Sen line (median of pairwise slopes) */
    THEIL_SEN,
    /** last year plus half the Theil–Sen slope: a trend, damped */
    DAMPED_TREND;

    public static final ForecastMethod SHIPPED = DAMPED_TREND;
}

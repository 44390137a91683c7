package th.ita.insight.analytics.national;

import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.trend.Forecast;
import th.ita.insight.analytics.trend.TrendFit;
import th.ita.insight.analytics.trend.YearSummary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fiscal year of a scope (the nation, a province, ...): the year's figures against the national target
 * (share ≥ 85 against 80 %), band counts, weak indicators, movers, anomalies, and the trend of the mean.
 */
public record ScopeSummary(
        String scope,
        FiscalYear fiscalYear,
        YearSummary year,
        double targetPassShare,
        boolean meetsTarget,
        Map<String, Integer> bandCounts,
        List<WeakIndicatorFrequency> weakIndicators,
        List<Mover> rises,
        List<Mover> falls,
        List<Anomaly> anomalies,
        List<YearSummary> series,
        Optional<TrendFit> trend,
        Optional<Forecast> forecast) {}

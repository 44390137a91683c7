package th.ita.insight.dashboard.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.national.ScopeAnalyses;
import th.ita.insight.analytics.province.ProvinceComparison;
import th.ita.insight.analytics.satisfaction.SatisfactionAnalyses;
import th.ita.insight.analytics.trend.Scope;
import th.ita.insight.analytics.trend.TrendQueries;

import java.util.List;

/**
 * After start-up, computes in the background what visitors ask for most, so the first clicks of the day are as
 * fast as later ones: the nation and the regions in every year and the province standings; then, for the latest
 * fiscal year, every province and agency type as an overview scope and every province's comparison table, heat
 * map and satisfaction points; last, every province's and type's indicator means in every year (the agency page's
 * comparison). The results live in the store's result cache (some MB) and are dropped when a
 * new version of the store is swapped in. One background thread: DuckDB parallelises each query itself.
 */
@Component
class CacheWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(CacheWarmer.class);
    private static final int MOVERS = 10; // as the overview asks

    private final TrendQueries trends;
    private final ScopeAnalyses scopes;
    private final ProvinceComparison provinces;

    private final SatisfactionAnalyses satisfaction;

    private final th.ita.insight.analytics.measures.MeasureEffects effects;

    CacheWarmer(TrendQueries trends, ScopeAnalyses scopes, ProvinceComparison provinces, SatisfactionAnalyses satisfaction,
                th.ita.insight.analytics.measures.MeasureEffects effects) {
        this.effects = effects;
        this.trends = trends;
        this.scopes = scopes;
        this.provinces = provinces;
        this.satisfaction = satisfaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread.ofVirtual().name("ita-cache-warmer").start(() -> {
            long t0 = System.nanoTime();
            try {
                List<FiscalYear> years = trends.yearsWithData();
                List<Scope> scopeList = new java.util.ArrayList<>(List.of(Scope.nation()));
                provinces.all().stream().map(p -> p.region()).distinct().sorted().forEach(r -> scopeList.add(Scope.region(r)));
                for (FiscalYear year : years.reversed()) {
                    provinces.standings(year);
                    for (Scope scope : scopeList) {
                        scopes.summary(scope, year, MOVERS);
                        trends.bandCounts(scope);
                    }
                }
                effects.byIndicator();
                effects.agencyYearsWithOutcomes();
                LOG.info("analytics cache warmed for {} years in {} ms", years.size(), (System.nanoTime() - t0) / 1_000_000);
                if (years.isEmpty()) {
                    return;
                }
                FiscalYear latest = years.getLast();
                List<Scope> detail = new java.util.ArrayList<>();
                provinces.all().forEach(p -> detail.add(Scope.province(p.code())));
                for (th.ita.insight.analytics.agency.AgencyType t : th.ita.insight.analytics.agency.AgencyType.values()) {
                    detail.add(Scope.agencyType(t.name()));
                }
                for (Scope scope : detail) {
                    scopes.summary(scope, latest, MOVERS);
                    trends.bandCounts(scope);
                }
                for (var p : provinces.all()) {
                    provinces.agencies(p.code(), latest);
                    provinces.indicatorMatrix(p.code(), latest);
                    satisfaction.provincePoints(p.code(), latest);
                }
                LOG.info("analytics cache warmed for FY{} provinces and agency types in {} ms", latest,
                        (System.nanoTime() - t0) / 1_000_000);
                // an agency page sets the agency beside its province's and its type's means, in any year
                for (FiscalYear year : years.reversed()) {
                    for (Scope scope : detail) {
                        scopes.weakIndicators(scope, year);
                    }
                }
                LOG.info("analytics cache warmed for agency pages of every year in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                // warming is an optimisation: a failure here must never stop the dashboard
                LOG.warn("could not warm the analytics cache: {}", e.getMessage());
            }
        });
    }
}

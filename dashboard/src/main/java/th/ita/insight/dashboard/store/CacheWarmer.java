package th.ita.insight.dashboard.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.national.ScopeAnalyses;
import th.ita.insight.analytics.province.ProvinceComparison;
import th.ita.insight.analytics.trend.Scope;
import th.ita.insight.analytics.trend.TrendQueries;

import java.util.List;

/**
 * After start-up, computes in the background what the first visitors of the overview ask for (the nation and the
 * regions in every year, the province standings), so the first clicks of the day are as fast as later ones. The
 * results live in the store's result cache and are dropped when a new version of the store is swapped in.
 */
@Component
class CacheWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(CacheWarmer.class);
    private static final int MOVERS = 10; // as the overview asks

    private final TrendQueries trends;
    private final ScopeAnalyses scopes;
    private final ProvinceComparison provinces;

    CacheWarmer(TrendQueries trends, ScopeAnalyses scopes, ProvinceComparison provinces) {
        this.trends = trends;
        this.scopes = scopes;
        this.provinces = provinces;
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
                LOG.info("analytics cache warmed for {} years in {} ms", years.size(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                // warming is an optimisation: a failure here must never stop the dashboard
                LOG.warn("could not warm the analytics cache: {}", e.getMessage());
            }
        });
    }
}

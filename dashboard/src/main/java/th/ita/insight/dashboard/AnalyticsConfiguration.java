package th.ita.insight.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.ita.insight.analytics.agency.AgencyDirectory;
import th.ita.insight.analytics.analysis.AgencyAnalyses;
import th.ita.insight.analytics.analysis.AgencyComparison;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.national.ScopeAnalyses;
import th.ita.insight.analytics.province.ProvinceComparison;
import th.ita.insight.analytics.satisfaction.SatisfactionAnalyses;
import th.ita.insight.analytics.store.ItaStore;

/** The analytics API the views use; every number on screen comes from here. */
@Configuration
class AnalyticsConfiguration {

    @Bean
    Methodology methodology() {
        return Methodology.bundled();
    }

    @Bean
    AgencyAnalyses agencyAnalyses(ItaStore store, Methodology methodology) {
        return new AgencyAnalyses(store, methodology);
    }

    @Bean
    ScopeAnalyses scopeAnalyses(ItaStore store, Methodology methodology) {
        return new ScopeAnalyses(store, methodology);
    }

    @Bean
    ProvinceComparison provinceComparison(ItaStore store) {
        return new ProvinceComparison(store);
    }

    @Bean
    AgencyDirectory agencyDirectory(ItaStore store) {
        return new AgencyDirectory(store);
    }

    @Bean
    AgencyComparison agencyComparison(ItaStore store) {
        return new AgencyComparison(store);
    }

    @Bean
    SatisfactionAnalyses satisfactionAnalyses(ItaStore store) {
        return new SatisfactionAnalyses(store);
    }

    @Bean
    th.ita.insight.analytics.measures.MeasureEffects measureEffects(ItaStore store) {
        return new th.ita.insight.analytics.measures.MeasureEffects(store);
    }

    @Bean
    th.ita.insight.analytics.measures.AgencyMeasures agencyMeasures(ItaStore store) {
        return new th.ita.insight.analytics.measures.AgencyMeasures(store);
    }

    @Bean
    th.ita.insight.analytics.measures.ActionPlans actionPlans(ItaStore store) {
        return new th.ita.insight.analytics.measures.ActionPlans(store);
    }

    @Bean
    th.ita.insight.analytics.items.ItemResults itemResults(ItaStore store) {
        return new th.ita.insight.analytics.items.ItemResults(store);
    }

    @Bean
    th.ita.insight.analytics.measures.PathToPass pathToPass(ItaStore store, Methodology methodology) {
        return new th.ita.insight.analytics.measures.PathToPass(store, methodology);
    }

    @Bean
    th.ita.insight.reports.Reports reports(AgencyAnalyses analyses, ItaStore store, th.ita.insight.analytics.measures.PathToPass paths) {
        return new th.ita.insight.reports.Reports(analyses, new th.ita.insight.analytics.measures.AgencyMeasures(store),
                new th.ita.insight.analytics.measures.ActionPlans(store),
                paths,
                th.ita.insight.analytics.measures.SuggestionCatalogue.bundled(), java.time.Clock.system(java.time.ZoneId.of("Asia/Bangkok")));
    }
}

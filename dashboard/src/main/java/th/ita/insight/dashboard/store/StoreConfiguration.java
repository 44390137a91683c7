package th.ita.insight.dashboard.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.trend.TrendQueries;

import java.nio.file.Path;

/** The dashboard reads the store read-only, so the ingest job and users' own tools can use it too. */
@Configuration
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    ItaStore itaStore(@Value("${ita.db:data/ita.duckdb}") String db) {
        return ItaStore.openReadOnly(Path.of(db));
    }

    @Bean
    TrendQueries trendQueries(ItaStore store) {
        return new TrendQueries(store);
    }
}

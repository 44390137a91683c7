package th.ita.insight.ingest.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.store.ItaStore;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every documented example file loads as its kind, detected from its header, without a reject. */
class ExampleFilesTest {

    static final Path EXAMPLES = Path.of("../datasets/examples");

    @TempDir
    Path dir;

    @Test
    void everyExampleLoadsCleanlyInTheDocumentedOrder() {
        try (ItaStore store = ItaStore.openReadWrite(dir.resolve("ita.duckdb"))) {
            for (String kind : List.of("agencies", "scores", "satisfaction", "responses", "measures", "actionplan")) {
                Path file = EXAMPLES.resolve(kind + ".csv");
                assertThat(Loaders.detectKind(file)).as(file.toString()).isEqualTo(kind);
                LoadResult r = Loaders.forKind(kind, store, true).load(file);
                assertThat(r.status()).as(file.toString()).isEqualTo(LoadResult.Status.LOADED);
                assertThat(r.rejects()).as(file.toString()).isEmpty();
                assertThat(r.rowsLoaded()).as(file.toString()).isPositive();
            }
        }
    }
}

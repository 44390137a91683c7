package th.ita.insight.ingest.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.datasets.demo.DemoDataset;
import th.ita.insight.datasets.demo.DemoDatasetGenerator;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * (Re)creates the demo store: the published figures plus the synthetic national demo dataset. The new
 * database is written beside the target, checkpointed, closed and then moved over it atomically, so a
 * dashboard reading the old file never sees a half-built store.
 */
public final class DemoStoreBuilder {

    public static final String PUBLISHED_SCORES = "datasets/published/ita-scores-published.csv";
    static final long MEASURES_SEED = 25670930L;

    private DemoStoreBuilder() {
    }

    public record Built(Path store, List<LoadResult> loads, DemoDataset demo) {}

    public static Built build(Path target, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path published = workDir.resolve("ita-scores-published.csv");
            try (InputStream in = DemoStoreBuilder.class.getResourceAsStream("/" + PUBLISHED_SCORES)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled resource " + PUBLISHED_SCORES);
                }
                Files.copy(in, published, StandardCopyOption.REPLACE_EXISTING);
            }
            DemoDataset demo = DemoDatasetGenerator.withDefaults(codesIn(published)).generate(workDir);
            Path building = target.toAbsolutePath().resolveSibling(target.getFileName() + ".building");
            Files.deleteIfExists(building);
            Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".wal"));
            List<LoadResult> loads = new ArrayList<>();
            try (ItaStore store = ItaStore.openReadWrite(building)) {
                loads.add(Loaders.forKind("scores", store, true).load(published));
                loads.add(Loaders.forKind("scores", store, true).load(demo.scoresCsv()));
                loads.add(Loaders.forKind("satisfaction", store, true).load(demo.satisfactionCsv()));
                // SYNTHETIC measures, progress and action plans for about 5 % of the agencies, so the documents have some to show
                Path measures = workDir.resolve("demo-measures.csv");
                new th.ita.insight.datasets.measures.MeasuresGenerator(th.ita.insight.analytics.measures.SuggestionCatalogue.bundled(),
                        MEASURES_SEED).generate(demo.scoresCsv(), measures);
                loads.add(Loaders.forKind("measures", store, true).load(measures));
                Path plans = workDir.resolve("demo-actionplans.csv");
                new th.ita.insight.datasets.measures.ActionPlanGenerator(MEASURES_SEED).generate(demo.scoresCsv(), plans);
                loads.add(Loaders.forKind("actionplan", store, true).load(plans));
                // SYNTHETIC OIT item results (FY2563-2565, the years with an OIT item list) for about 5 % of the agencies
                Path items = workDir.resolve("demo-oit-items.csv");
                new th.ita.insight.datasets.items.OitItemsGenerator(th.ita.insight.analytics.methodology.Methodology.bundled(),
                        MEASURES_SEED).generate(demo.scoresCsv(), items);
                loads.add(Loaders.forKind("scores", store, true).load(items));
                try (Statement s = store.connection().createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            for (LoadResult r : loads) {
                if (r.status() != LoadResult.Status.LOADED) {
                    throw new IllegalStateException("demo data did not load cleanly: " + r.file() + " " + r.status()
                            + (r.rejects().isEmpty() ? "" : ": " + r.rejects().getFirst().message()));
                }
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Built(target, loads, demo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot checkpoint the demo store: " + e.getMessage(), e);
        }
    }

    private static Set<String> codesIn(Path csv) throws IOException {
        Set<String> codes = new HashSet<>();
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
            r.forEach(rec -> codes.add(rec.getField("agency_code")));
        }
        return codes;
    }
}

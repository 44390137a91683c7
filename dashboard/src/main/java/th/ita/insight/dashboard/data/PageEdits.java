package th.ita.insight.dashboard.data;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreWriter;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a page saves goes through the same path as a file upload: written as a file of its kind (so the same
 * validation applies and the batch is in the lineage, named after the user), loaded strictly on a copy of the store
 * that is swapped in — all or nothing, while the dashboard serves.
 */
final class PageEdits {

    private PageEdits() {
    }

    /** Loads {@code rows} under {@code header} as a {@code kind} file named {@code name}; empty when saved, else the rule. */
    static Optional<String> save(ItaStore store, String kind, String name, List<String> header, List<List<String>> rows) {
        try {
            Path dir = Files.createTempDirectory("ita-" + kind);
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv");
            try {
                try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
                    w.writeRecord(header);
                    for (List<String> row : rows) {
                        w.writeRecord(row);
                    }
                }
                LoadResult r = StoreWriter.writeBesideAndSwap(store.file(), s -> Loaders.forKind(kind, s, true).load(file),
                        x -> x.status() == LoadResult.Status.LOADED);
                return r.status() == LoadResult.Status.LOADED ? Optional.empty()
                        : Optional.of(r.rejects().isEmpty() ? r.status().name() : r.rejects().getFirst().message());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

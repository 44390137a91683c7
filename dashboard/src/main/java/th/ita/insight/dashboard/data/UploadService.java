package th.ita.insight.dashboard.data;

import org.springframework.stereotype.Service;
import th.ita.insight.analytics.store.IngestHistory;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreWriter;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads an uploaded file with the embedded DuckDB engine: on a copy of the store swapped in atomically, so the
 * dashboard keeps serving and sees the new data on its next query. Only admins reach it (DataView).
 */
@Service
class UploadService {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ItaStore store;
    private final IngestHistory history;

    UploadService(ItaStore store) {
        this.store = store;
        this.history = new IngestHistory(store);
    }

    /** Loads {@code bytes} (CSV, TSV or XLSX) as a file named {@code fileName}, kept for the reject report; kind blank = detect. */
    LoadResult load(String fileName, byte[] bytes, String kind, boolean strict) {
        String safeName = Path.of(fileName).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
        try {
            Path dir = Files.createTempDirectory("ita-upload");
            Path file = dir.resolve(safeName);
            Files.write(file, bytes);
            try {
                String k = kind == null || kind.isBlank() ? Loaders.detectKind(file) : kind;
                return StoreWriter.writeBesideAndSwap(store.file(), s -> Loaders.forKind(k, s, strict).load(file),
                        r -> r.status() == LoadResult.Status.LOADED);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<IngestHistory.Batch> history() {
        return history.recent(50);
    }
}

package th.ita.insight.ingest.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one file's load did. {@code status}: LOADED (committed), SKIPPED_ALREADY_LOADED (same checksum as an
 * earlier batch: nothing changed), FAILED_STRICT (rejects under --strict: nothing changed).
 */
public record LoadResult(Path file, String kind, Status status, Optional<Long> batchId, long rowsRead,
                         long rowsLoaded, List<Reject> rejects, List<String> warnings, Optional<Path> rejectReport) {

    public enum Status { LOADED, SKIPPED_ALREADY_LOADED, FAILED_STRICT }

    public Map<RejectRule, Long> rejectsByRule() {
        Map<RejectRule, Long> m = new TreeMap<>();
        for (Reject r : rejects) {
            m.merge(r.rule(), 1L, Long::sum);
        }
        return m;
    }
}

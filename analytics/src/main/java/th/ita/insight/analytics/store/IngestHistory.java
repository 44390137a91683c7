package th.ita.insight.analytics.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The lineage of the store: every file that changed it, newest first (v_ingest_batch). */
public final class IngestHistory {

    public record Batch(long batchId, String fileName, String sha256, long bytes, String kind, String engine,
                        LocalDateTime finishedAt, long rowsRead, long rowsLoaded, long rowsRejected, boolean synthetic) {}

    private final ItaStore store;

    public IngestHistory(ItaStore store) {
        this.store = store;
    }

    public List<Batch> recent(int limit) {
        List<Batch> out = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT batch_id, file_name, file_sha256, file_bytes, kind, engine, finished_at, rows_read, rows_loaded,
                       rows_rejected, is_synthetic
                FROM v_ingest_batch ORDER BY batch_id DESC LIMIT ?""")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getTimestamp(7).toLocalDateTime(), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10), rs.getBoolean(11)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the ingest history: " + e.getMessage(), e);
        }
        return out;
    }
}

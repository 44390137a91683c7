package th.ita.insight.analytics.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing while a read-only store is being queried: no errors, new data visible after the swap, nothing half-written. */
class StoreWriterTest {

    @TempDir
    Path dir;

    @Test
    void aReaderKeepsQueryingWhileAWriterSwapsANewVersionIn() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        StoreWriter.writeBesideAndSwap(db, s -> insert(s, "06310499", 2564, 80));
        try (ItaStore reader = ItaStore.openReadOnly(db)) {
            assertThat(agencyYears(reader)).isEqualTo(1);
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger queries = new AtomicInteger();
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        agencyYears(reader);
                        queries.incrementAndGet();
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            });
            t.start();
            for (int i = 0; i < 3; i++) {
                int year = 2565 + i;
                StoreWriter.writeBesideAndSwap(db, s -> insert(s, "06310499", year, 90));
            }
            stop.set(true);
            t.join();
            assertThat(errors).isEmpty();
            assertThat(queries.get()).isPositive();
            assertThat(agencyYears(reader)).isEqualTo(4);
        }
        assertThat(Files.exists(dir.resolve("ita.duckdb.writing"))).isFalse();
    }

    @Test
    void cachedResultsLastUntilANewVersionIsSwappedIn() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        StoreWriter.writeBesideAndSwap(db, s -> insert(s, "06310499", 2564, 80));
        try (ItaStore reader = ItaStore.openReadOnly(db)) {
            var trends = new th.ita.insight.analytics.trend.TrendQueries(reader);
            AtomicInteger computed = new AtomicInteger();
            assertThat(reader.cached("k", () -> computed.incrementAndGet())).isEqualTo(1);
            assertThat(reader.cached("k", () -> computed.incrementAndGet())).isEqualTo(1);
            assertThat(trends.yearsWithData()).extracting(y -> y.buddhistEra()).containsExactly(2564);

            StoreWriter.writeBesideAndSwap(db, s -> insert(s, "06310499", 2565, 90));
            // the swap drops every cached result: the new year shows at once
            assertThat(trends.yearsWithData()).extracting(y -> y.buddhistEra()).containsExactly(2564, 2565);
            assertThat(reader.cached("k", () -> computed.incrementAndGet())).isEqualTo(2);
        }
        // a read-write store never caches: it changes under its own writes
        try (ItaStore writer = ItaStore.openReadWrite(db)) {
            AtomicInteger computed = new AtomicInteger();
            writer.cached("k", computed::incrementAndGet);
            writer.cached("k", computed::incrementAndGet);
            assertThat(computed.get()).isEqualTo(2);
        }
    }

    @Test
    void aFailedWriteLeavesTheStoreExactlyAsItWas() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        StoreWriter.writeBesideAndSwap(db, s -> insert(s, "06310499", 2564, 80));
        String before = sha(db);
        assertThatThrownBy(() -> StoreWriter.writeBesideAndSwap(db, s -> {
            insert(s, "06310499", 2565, 90);
            throw new IllegalStateException("the file went bad half-way");
        })).hasMessageContaining("half-way");
        assertThat(sha(db)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("ita.duckdb.writing"))).isFalse();
        try (ItaStore reader = ItaStore.openReadOnly(db)) {
            assertThat(agencyYears(reader)).isEqualTo(1);
        }
    }

    private static Void insert(ItaStore s, String code, int year, double score) {
        try (Statement st = s.connection().createStatement()) {
            st.execute("INSERT OR IGNORE INTO agency VALUES ('%s', 'อบต.ทดสอบ', 'SAO', '31', NULL, false, 1)".formatted(code));
            for (int k = 1; k <= 10; k++) {
                st.execute("INSERT INTO indicator_score VALUES (%d, '%s', %d, %s, 1)".formatted(year, code, k, score));
            }
            DerivedTables.refreshAll(s.connection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static int agencyYears(ItaStore store) throws SQLException {
        try (Connection c = store.newConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM v_agency_year")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}

package th.ita.insight.analytics.store;

import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The ITA Insight store: one DuckDB file. Opening it read-write applies the versioned schema
 * migrations, the reference data and the public views (idempotently); read-only opens never write,
 * so many readers (the dashboard, users' own tools) can share a file that no writer holds.
 */
public final class ItaStore implements AutoCloseable {

    private final Path file;
    private final DuckDBConnection connection;
    private final boolean readOnly;

    private ItaStore(Path file, DuckDBConnection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) and migrates the store. */
    public static ItaStore openReadWrite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ItaStore store = new ItaStore(file, connect(file, false), false);
            try {
                SchemaMigrations.apply(store.connection);
            } catch (RuntimeException | SQLException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing, already migrated store for reading only. */
    public static ItaStore openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file.toAbsolutePath() + " (run ./ita demo or ./ita ingest first)", null);
        }
        try {
            ItaStore store = new ItaStore(file, connect(file, true), true);
            int version = SchemaMigrations.currentVersion(store.connection);
            if (version < SchemaMigrations.latestVersion()) {
                store.close();
                throw new StoreException("store " + file + " is at schema version " + version + ", this build needs "
                        + SchemaMigrations.latestVersion() + ": open it once read-write (./ita ingest or ./ita demo)", null);
            }
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + " read-only: " + e.getMessage(), e);
        }
    }

    private static DuckDBConnection connect(Path file, boolean readOnly) throws SQLException {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        // Extensions other than the built-in ones would be fetched from a host we must never depend on.
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** A new connection to the same database, for use by one thread at a time. Close it after use. */
    public Connection newConnection() {
        try {
            return connection.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The store's own connection; callers must not close it. */
    public DuckDBConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
        }
    }
}

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
    /** The store users name (data/ita.duckdb) even when this is a copy being written beside it (StoreWriter). */
    private Path home;
    private volatile DuckDBConnection connection;
    private final boolean readOnly;
    /** The file's identity (inode) when opened: a read-only store reopens when a writer swapped the file. */
    private volatile Object fileKey;

    private ItaStore(Path file, DuckDBConnection connection, boolean readOnly) {
        this.file = file;
        this.home = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.fileKey = fileKey(file);
    }

    private static Object fileKey(Path file) {
        try {
            Object key = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : java.nio.file.Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Results of queries over the current version of a read-only file (see {@link #cached}). */
    private final ResultCache results = new ResultCache(4_000);
    private volatile boolean cacheResults = true;

    /**
     * The result of {@code compute} for this version of the store, computed once per version. Only for read-only
     * stores, whose data changes only when a new file is swapped in; a read-write store always computes. Results
     * must be immutable values.
     */
    public <T> T cached(String key, java.util.function.Supplier<T> compute) {
        if (!readOnly || !cacheResults) {
            return compute.get();
        }
        followSwaps();
        Object version = fileKey;
        return version == null ? compute.get() : results.get(version, key, compute);
    }

    /** Connections in use hold the read side; swapping in a new version of the file takes the write side. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock inUse = new java.util.concurrent.locks.ReentrantReadWriteLock();

    /**
     * A read-only store follows the file: when a writer has renamed a new version over it (StoreWriter), the next
     * connection opens the new version. The swap waits for connections in use to be closed (queries are short), so
     * no running query loses its database; if that takes over 5 s it is tried again on the next connection.
     */
    private void followSwaps() {
        if (!readOnly) {
            return;
        }
        Object now = fileKey(file);
        if (now == null || now.equals(fileKey) || inUse.getReadHoldCount() > 0) {
            return;
        }
        try {
            if (!inUse.writeLock().tryLock(5, java.util.concurrent.TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (now.equals(fileKey)) {
                return;
            }
            // DuckDB shares one database instance per path in a process: close it before opening the new file
            connection.close();
            connection = connect(file, true);
            fileKey = now;
        } catch (SQLException e) {
            throw new StoreException("cannot reopen the store " + file + " after an update: " + e.getMessage(), e);
        } finally {
            inUse.writeLock().unlock();
        }
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

    /** A read-only store that computes every result afresh: for benchmarks, which measure the computation. */
    public static ItaStore openReadOnlyUncached(Path file) {
        ItaStore store = openReadOnly(file);
        store.cacheResults = false;
        return store;
    }

    /** Whether a store exists at {@code file} with this build's schema (else a read-write open must migrate it first). */
    public static boolean isCurrent(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DuckDBConnection c = connect(file, true)) {
            return SchemaMigrations.currentVersion(c) >= SchemaMigrations.latestVersion();
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + " read-only: " + e.getMessage(), e);
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

    /** The store as users name it: where reject reports and other side files go. */
    public Path home() {
        return home;
    }

    ItaStore asCopyOf(Path target) {
        this.home = target;
        return this;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** A new connection to the same database, for use by one thread at a time. Close it after use. */
    public Connection newConnection() {
        followSwaps();
        inUse.readLock().lock();
        try {
            Connection c = connection.duplicate();
            return readOnly ? releasingOnClose(c) : releasedNow(c);
        } catch (SQLException e) {
            inUse.readLock().unlock();
            throw new StoreException("cannot open a connection to " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection releasedNow(Connection c) {
        inUse.readLock().unlock();
        return c;
    }

    /** The connection holds the read side of {@link #inUse} until it is closed (once). */
    private Connection releasingOnClose(Connection c) {
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && released.compareAndSet(false, true)) {
                        try {
                            return method.invoke(c, args);
                        } finally {
                            inUse.readLock().unlock();
                        }
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
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

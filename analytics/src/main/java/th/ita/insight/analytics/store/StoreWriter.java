package th.ita.insight.analytics.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * Writes to a store while others read it: the work runs on a copy beside the store, which is checkpointed, closed and
 * renamed over the store in one atomic step. Readers (the dashboard, users' tools) keep the old file until they reopen
 * (ItaStore.openReadOnly reopens by itself); a failure anywhere leaves the store exactly as it was. Writers queue on a
 * lock file, across processes.
 */
public final class StoreWriter {

    private StoreWriter() {
    }

    public static <T> T writeBesideAndSwap(Path store, Function<ItaStore, T> work) {
        return writeBesideAndSwap(store, work, result -> true);
    }

    /** As above; the copy replaces the store only when {@code keep} accepts the work's result (else nothing changes). */
    public static <T> T writeBesideAndSwap(Path store, Function<ItaStore, T> work, java.util.function.Predicate<T> keep) {
        Path target = store.toAbsolutePath();
        Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
        Path copy = target.resolveSibling(target.getFileName() + ".writing");
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                deleteWithWal(copy);
                if (Files.exists(target)) {
                    Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING);
                    Path wal = target.resolveSibling(target.getFileName() + ".wal");
                    if (Files.exists(wal)) {
                        Files.copy(wal, copy.resolveSibling(copy.getFileName() + ".wal"), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                T result;
                try (ItaStore s = ItaStore.openReadWrite(copy).asCopyOf(target)) {
                    result = work.apply(s);
                    try (Statement st = s.connection().createStatement()) {
                        st.execute("CHECKPOINT");
                    }
                } catch (RuntimeException | SQLException e) {
                    deleteWithWal(copy);
                    if (e instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new StoreException("cannot write the store: " + e.getMessage(), e);
                }
                if (!keep.test(result)) {
                    deleteWithWal(copy);
                    return result;
                }
                Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + ".wal"));
                return result;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the store " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteWithWal(Path p) throws IOException {
        Files.deleteIfExists(p);
        Files.deleteIfExists(p.resolveSibling(p.getFileName() + ".wal"));
    }
}

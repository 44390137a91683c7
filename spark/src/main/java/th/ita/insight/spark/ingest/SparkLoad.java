package th.ita.insight.spark.ingest;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreWriter;
import th.ita.insight.ingest.load.BatchLoader;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;
import th.ita.insight.ingest.load.Registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One file through the Spark engine: Spark reads it and validates every row with the kind's own loader (in
 * parallel where rows are independent, in file order in one task where a row's validity depends on the rows
 * before it), writes the outcome as Parquet beside the store, and the store takes that hand-off in one
 * transaction on a copy swapped in atomically — the same merge, lineage and reject report as the embedded engine.
 */
public final class SparkLoad {

    private final SparkSession spark;
    private final Path store;
    private final Path work;
    private final int partitions;

    /** {@code work}: where the Parquet hand-off is written (must be visible to the driver and every executor). */
    public SparkLoad(SparkSession spark, Path store, Path work, int partitions) {
        this.spark = spark;
        this.store = store;
        this.work = work;
        this.partitions = partitions;
    }

    public LoadResult load(Path file, String kind, boolean strict, Optional<String> sheet) {
        Registry registry;
        Optional<Long> earlier = Optional.empty();
        if (!Files.exists(store)) {
            // no store yet: the registry of a new one (provinces only); the store itself is made by the final swap,
            // so a load that fails leaves no store behind, as with the embedded engine
            registry = registryOfANewStore();
        } else {
            if (!ItaStore.isCurrent(store)) {
                // a store of an older schema is migrated first, as the embedded engine's read-write open does
                StoreWriter.writeBesideAndSwap(store, s -> true);
            }
            try (ItaStore known = ItaStore.openReadOnlyUncached(store)) {
                earlier = Loaders.forKind(kind, known, strict).loadedBefore(file);
                registry = Registry.read(known.connection());
            } catch (SQLException e) {
                throw new IllegalStateException(store + ": cannot read the registry: " + e.getMessage(), e);
            }
        }
        if (earlier.isPresent()) {   // spare the cluster: the store would skip it anyway
            return new LoadResult(file, kind, LoadResult.Status.SKIPPED_ALREADY_LOADED, earlier, 0, 0, List.of(),
                    List.of("already loaded as batch " + earlier.get() + ": nothing changed"), Optional.empty());
        }
        Path handoff = handoffDirectory(file);
        try {
            writeHandoff(file, kind, sheet, registry, handoff);
            return StoreWriter.writeBesideAndSwap(store, s -> {
                BatchLoader loader = Loaders.forKind(kind, s, strict);
                return loader.loadStaged(file, "spark", new ParquetHandoff(handoff, loader.stagingTables()));
            }, r -> r.status() == LoadResult.Status.LOADED);
        } finally {
            deleteFolder(handoff.getParent());
        }
    }

    private void writeHandoff(Path file, String kind, Optional<String> sheet, Registry registry, Path handoff) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Source source = Source.open(sc, file, sheet, partitions);
        Broadcast<Registry> known = sc.broadcast(registry);
        List<String> header = source.header();
        String name = file.toString();
        JavaRDD<Source.NumberedRow> rows = source.rows();
        if (!Loaders.forValidation(kind).rowsIndependent()) {
            rows = rows.coalesce(1);   // file order in one task: duplicates and agencies a file creates are seen in order
        }
        JavaRDD<Row> records = rows.mapPartitionsWithIndex(
                (task, it) -> new ValidatedRows(task, it, kind, name, header, known.value()), true);
        spark.createDataFrame(records, ValidatedRows.SCHEMA).write().mode(SaveMode.Overwrite).parquet(handoff.toString());
        known.destroy();
    }

    private Registry registryOfANewStore() {
        try {
            Files.createDirectories(work);
            Path dir = Files.createTempDirectory(work, "registry-");
            try (ItaStore fresh = ItaStore.openReadWrite(dir.resolve("new.duckdb"))) {
                return Registry.read(fresh.connection());
            } finally {
                deleteFolder(dir);   // the new store and its folder
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a new store's registry: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path handoffDirectory(Path file) {
        try {
            Files.createDirectories(work);
            // a fixed prefix: the file's own name may hold characters that DuckDB's read_parquet takes as a glob
            return Files.createTempDirectory(work, "handoff-").resolve("records");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

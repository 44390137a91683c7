package th.ita.insight.ingest.load;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceException;
import th.ita.insight.ingest.source.SourceFile;
import th.ita.insight.ingest.source.TabularFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Loads one file of one kind as ONE transaction: rows are validated and appended to staging tables, then
 * merged into the store with the batch's lineage row, and committed together. A crash before the commit
 * leaves the store as it was. Valid rows are loaded and the rest reported, or under {@code strict} any
 * reject rolls the whole file back. A file whose checksum was loaded before is skipped.
 */
public abstract class BatchLoader {

    protected final ItaStore store;
    protected final Methodology methodology;
    private final boolean strict;

    protected BatchLoader(ItaStore store, Methodology methodology, boolean strict) {
        this.store = store;
        this.methodology = methodology;
        this.strict = strict;
    }

    /** The kind's name: scores, satisfaction, ... */
    public abstract String kind();

    /** Canonical columns that must be in the header. */
    protected abstract List<String> requiredColumns();

    /** The required columns given the file's (canonical) header, for kinds that come in more than one layout. */
    protected List<String> requiredColumns(List<String> header) {
        return requiredColumns();
    }

    /** The staging tables this kind's valid rows go to, before {@link #merge} moves them into the store. */
    public abstract List<StagingTable> stagingTables();

    /** Validates one row: stages its values ({@link #staged}) or adds rejects. */
    protected abstract void accept(TabularFile.Row row, Registry registry, List<Reject> rejects, List<String> warnings);

    /** Merges staging into the store tables, recording {@code batch}; returns rows loaded. */
    protected abstract long merge(Statement s, long batch) throws SQLException;

    /**
     * After every row is staged: checks that need all rows at once (a response file can hold millions of rows,
     * too many to remember in memory), adding rejects and removing the rejected rows from staging.
     */
    protected void afterStaging(Statement s, long batch, List<Reject> rejects) throws SQLException {
    }

    /**
     * Reads and validates the whole file at once, before the load's transaction opens (a failed attempt must not
     * abort it), when this kind can prove every row valid that way; what validating it gave. Empty (the default): the
     * file is read row by row.
     */
    protected Optional<Validated> readWhole(DuckDBConnection c, SourceFile source) {
        return Optional.empty();
    }

    /** Whether the file marks its rows synthetic (is_synthetic column all true). */
    protected abstract boolean synthetic();

    /**
     * Whether rows may be validated in parallel, in any grouping (the Spark engine): true when a row's validity
     * depends only on the row and the registry, and every check across rows runs in {@link #afterStaging}.
     * Otherwise rows are validated in file order, in one task.
     */
    public boolean rowsIndependent() {
        return false;
    }

    /** Told the number of rows read so far, every {@link #PROGRESS_EVERY} rows (a progress bar). */
    public interface Progress {
        void rowsRead(long rows);

        /** How far a read of the whole file at once has got (0–1), when it cannot count rows as it goes. */
        default void fractionRead(double fraction) {
        }
    }

    static final int PROGRESS_EVERY = 20_000;
    static final int MAX_WARNINGS = 1_000;

    private Progress progress = rows -> { };

    public final BatchLoader withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** For a kind that reads the whole file at once ({@link #readWhole}): how far it has got, 0–1. */
    protected final void fractionRead(double fraction) {
        progress.fractionRead(fraction);
    }

    /** The file being loaded, as reject reports name it. */
    private String fileName = "";
    private List<String> header = List.of();
    private Registry registry;
    private Map<String, StagedRows> sinks = Map.of();
    private List<Reject> rejects = new ArrayList<>();
    private List<String> warnings = new ArrayList<>();
    private long rowsRead;

    /** Where the last load's time went, in seconds by phase, in order (the ingest benchmark reports it). */
    private final Map<String, Double> phases = new java.util.LinkedHashMap<>();
    private long lapStarted;

    public final Map<String, Double> lastPhases() {
        return java.util.Collections.unmodifiableMap(phases);
    }

    /** Ends the current phase of the load under {@code name} (a name given twice adds up). */
    protected final void lap(String name) {
        long now = System.nanoTime();
        phases.merge(name, (now - lapStarted) / 1e9, Double::sum);
        lapStarted = now;
    }

    /** Called before each file: subclasses clear per-file state. */
    protected void reset() {
    }

    /** The staging table {@code name}'s rows (see {@link #stagingTables}). */
    protected final StagedRows staged(String name) {
        StagedRows rows = sinks.get(name);
        if (rows == null) {
            throw new IllegalStateException(kind() + " has no staging table " + name);
        }
        return rows;
    }

    /**
     * Starts validating one file's rows, detached from any store (both engines run this): {@code header} is the
     * file's normalised header (refused with a one-line error when a required column is missing), accepted rows go
     * to {@code sinks} by staging-table name. Then {@link #validate} each row in file order, and {@link #validated}.
     */
    public final void begin(String file, List<String> header, Registry registry, Map<String, StagedRows> sinks) {
        reset();
        this.fileName = Path.of(file).getFileName().toString();
        this.header = checkHeader(file, header);
        this.registry = registry;
        this.sinks = Map.copyOf(sinks);
        this.rejects = new ArrayList<>();
        this.warnings = new ArrayList<>();
        this.rowsRead = 0;
    }

    /** Validates one data row (fields in the header's order, {@code line} as an editor counts it). */
    public final void validate(long line, List<String> fields) {
        if (++rowsRead % PROGRESS_EVERY == 0) {
            progress.rowsRead(rowsRead);
        }
        accept(new TabularFile.Row(line, header, fields), registry, rejects, warnings);
    }

    /** What validating the rows so far gave, besides the staged rows. */
    public final Validated validated() {
        return new Validated(rowsRead, List.copyOf(rejects), List.copyOf(warnings), synthetic());
    }

    /** The outcome of validating a file's rows: rows read, rejected rows' problems, warnings, all rows synthetic. */
    public record Validated(long rowsRead, List<Reject> rejects, List<String> warnings, boolean synthetic)
            implements java.io.Serializable {
    }

    /**
     * Fills the batch's (already created) staging tables; the embedded engine reads and validates the file itself,
     * the Spark engine inserts what its tasks validated.
     */
    @FunctionalInterface
    public interface Stager {
        Validated stage(DuckDBConnection c, long batch) throws SQLException;
    }

    protected final Reject reject(long line, String column, String value, RejectRule rule, String message) {
        return new Reject(fileName, line, column, value, rule, message);
    }

    /** The row's agency code (Thai digits read), which must already be in the registry; problems are added otherwise. */
    protected final String registeredAgency(TabularFile.Row row, Registry registry, List<Reject> problems) {
        String code = Values.asciiDigits(row.get("agency_code"));
        if (code.isEmpty()) {
            problems.add(reject(row.line(), "agency_code", code, RejectRule.MISSING_VALUE, "agency_code is empty"));
        } else if (!registry.knowsAgency(code)) {
            problems.add(reject(row.line(), "agency_code", code, RejectRule.UNKNOWN_AGENCY,
                    "agency " + code + " is not in the registry: load its scores or the agency registry first"));
        }
        return code;
    }

    /** Parses a fiscal year (พ.ศ.; a ค.ศ. year is converted with a warning) that the methodology covers. */
    protected final Optional<YearMethodology> fiscalYear(TabularFile.Row row, List<Reject> problems, List<String> warnings) {
        OptionalInt be = buddhistYear(row, problems, warnings);
        if (be.isEmpty()) {
            return Optional.empty();
        }
        Optional<YearMethodology> m = methodology.forYear(FiscalYear.of(be.getAsInt()));
        if (m.isEmpty()) {
            problems.add(reject(row.line(), "fiscal_year", row.get("fiscal_year"), RejectRule.YEAR_OUTSIDE_METHODOLOGY,
                    "no ITA methodology for FY" + be.getAsInt() + " (supported " + methodology.first() + "–" + methodology.last() + ")"));
        }
        return m;
    }

    /** Parses a plausible fiscal year in พ.ศ. (a ค.ศ. year is converted with a warning), whatever the methodology. */
    protected final OptionalInt buddhistYear(TabularFile.Row row, List<Reject> problems, List<String> warnings) {
        String raw = row.get("fiscal_year");
        if (raw.isEmpty()) {
            problems.add(reject(row.line(), "fiscal_year", raw, RejectRule.MISSING_VALUE, "fiscal_year is empty"));
            return OptionalInt.empty();
        }
        OptionalInt y = Values.integer(raw.replace("พ.ศ.", "").replace("ปี", ""));
        if (y.isEmpty()) {
            problems.add(reject(row.line(), "fiscal_year", raw, RejectRule.UNPARSEABLE_NUMBER, "fiscal_year: '" + raw + "' is not a year"));
            return OptionalInt.empty();
        }
        int be = y.getAsInt();
        if (be >= 1950 && be < 2150) {
            if (warnings.size() < MAX_WARNINGS) {   // a whole file in ค.ศ. must not fill the heap with warnings
                warnings.add("line " + row.line() + ": fiscal_year " + be + " read as ค.ศ. and converted to พ.ศ. " + (be + 543));
            }
            be += FiscalYear.BUDDHIST_ERA_OFFSET;
        }
        if (be < 2500 || be > 2700) {
            problems.add(reject(row.line(), "fiscal_year", raw, RejectRule.YEAR_OUTSIDE_METHODOLOGY,
                    "fiscal_year " + raw + " is not a plausible พ.ศ. year"));
            return OptionalInt.empty();
        }
        return OptionalInt.of(be);
    }

    public final LoadResult load(Path file) {
        return load(file, java.util.Optional.empty());
    }

    /** Loads one file (CSV, TSV, XLSX or Parquet; {@code sheet} names an XLSX sheet, else the first), read and validated here. */
    public final LoadResult load(Path file, java.util.Optional<String> sheet) {
        if (store == null) {
            throw new IllegalStateException("a loader made for validation only cannot load " + file);
        }
        SourceFile source = SourceFile.open(file, sheet);
        Registry known;
        try {
            known = Registry.read(store.connection());
        } catch (SQLException e) {
            throw new IllegalStateException(file + ": the store refused the load: " + e.getMessage(), e);
        }
        Stager rowByRow = (c, batch) -> {
            Map<String, DuckDBAppender> appenders = new java.util.LinkedHashMap<>();
            try {
                for (StagingTable t : stagingTables()) {
                    appenders.put(t.name(), c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.table(batch)));
                }
                Map<String, StagedRows> into = new java.util.HashMap<>();
                appenders.forEach((name, a) -> into.put(name, StagedRows.into(a)));
                source.read(h -> begin(file.toString(), h, known, into), row -> validate(row.line(), row.fields()));
            } finally {
                for (DuckDBAppender a : appenders.values()) {
                    a.close();
                }
            }
            return validated();
        };
        return load(file, "duckdb", c -> readWhole(c, source).<Stager>map(whole -> (ignored, batch) -> whole).orElse(rowByRow));
    }

    /**
     * Loads one file whose rows another engine has read and validated ({@code stager} fills the staging tables):
     * the same transaction, checks across rows, merge and lineage as {@link #load(Path, Optional)}.
     */
    public final LoadResult loadStaged(Path file, String engine, Stager stager) {
        this.fileName = fileName(file);
        return load(file, engine, c -> stager);
    }

    /** Chooses how a file's rows are staged, once the file is known to be new, before its transaction opens. */
    @FunctionalInterface
    private interface StagerChoice {
        Stager choose(DuckDBConnection c) throws SQLException;
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    /** Whether a file with this content was loaded before (as this kind): the batch that loaded it. */
    public final Optional<Long> loadedBefore(Path file) {
        if (store == null) {
            throw new IllegalStateException("a loader made for validation only has no store to look in for " + file);
        }
        try {
            return earlierBatch(store.connection(), sha256(file));
        } catch (SQLException e) {
            throw new IllegalStateException(file + ": the store refused the look-up: " + e.getMessage(), e);
        }
    }

    private LoadResult load(Path file, String engine, StagerChoice choice) {
        if (store == null) {
            throw new IllegalStateException("a loader made for validation only cannot load " + file);
        }
        this.fileName = fileName(file);
        DuckDBConnection c = store.connection();
        phases.clear();
        lapStarted = System.nanoTime();
        try {
            // only a file of a size loaded before can be a reload: then its checksum decides first; otherwise the
            // checksum (a full read of the file) is computed beside the load and only needed for its lineage row
            CompletableFuture<String> checksum;
            if (loadedBeforeWithSize(c, Files.size(file))) {
                String sha = sha256(file);
                Optional<Long> earlier = earlierBatch(c, sha);
                if (earlier.isPresent()) {
                    return new LoadResult(file, kind(), LoadResult.Status.SKIPPED_ALREADY_LOADED, earlier, 0, 0, List.of(),
                            List.of("already loaded as batch " + earlier.get() + ": nothing changed"), Optional.empty());
                }
                checksum = CompletableFuture.completedFuture(sha);
            } else {
                checksum = CompletableFuture.supplyAsync(() -> sha256(file));
            }
            lap("checksum");
            Instant started = Instant.now();
            reset();
            Stager stager = choice.choose(c);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long batch;
                try (ResultSet rs = s.executeQuery("SELECT nextval('ingest_batch_seq')")) {
                    rs.next();
                    batch = rs.getLong(1);
                }
                for (StagingTable t : stagingTables()) {
                    s.execute("CREATE TABLE " + t.table(batch) + " " + t.ddl());
                }
                Validated v = stager.stage(c, batch);
                lap("read and validate");
                if (v.rowsRead() == 0) {
                    throw new SourceException(file + ": the file has a header but no data rows");
                }
                List<Reject> rejected = new ArrayList<>(v.rejects());
                afterStaging(s, batch, rejected);
                lap("checks across rows");
                Optional<Path> report = rejected.isEmpty() ? Optional.empty() : Optional.of(writeRejects(file, rejected));
                if (strict && !rejected.isEmpty()) {
                    c.rollback();
                    return new LoadResult(file, kind(), LoadResult.Status.FAILED_STRICT, Optional.empty(), v.rowsRead(), 0,
                            rejected, v.warnings(), report);
                }
                long loaded = merge(s, batch);
                for (StagingTable t : stagingTables()) {
                    s.execute("DROP TABLE " + t.table(batch));
                }
                lap("merge");
                List<String> warned = v.warnings();
                String sha = checksum.join();
                lap("checksum (rest)");
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO ingest_batch VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, batch);
                    ps.setString(2, fileName);
                    ps.setString(3, sha);
                    ps.setLong(4, Files.size(file));
                    ps.setString(5, kind());
                    ps.setString(6, engine);
                    ps.setTimestamp(7, Timestamp.from(started));
                    ps.setTimestamp(8, Timestamp.from(Instant.now()));
                    ps.setLong(9, v.rowsRead());
                    ps.setLong(10, loaded);
                    ps.setLong(11, rejected.size());
                    ps.setBoolean(12, v.synthetic());
                    ps.setString(13, warned.isEmpty() ? null : String.join("; ", warned.subList(0, Math.min(5, warned.size()))));
                    ps.executeUpdate();
                }
                c.commit();
                lap("commit");
                return new LoadResult(file, kind(), LoadResult.Status.LOADED, Optional.of(batch), v.rowsRead(), loaded,
                        rejected, warned, report);
            } catch (SQLException | RuntimeException | IOException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
                checksum.cancel(false);   // a failed load does not wait for it
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (SQLException e) {
            throw new IllegalStateException(file + ": the store refused the load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> checkHeader(String file, List<String> header) {
        List<String> canonical = header.stream().map(Headers::canonical).toList();
        List<String> missing = requiredColumns(canonical).stream().filter(col -> !canonical.contains(col)).toList();
        if (!missing.isEmpty()) {
            throw new SourceException(file + ": line 1: missing required column(s) " + String.join(", ", missing)
                    + " for --kind " + kind() + " (found: " + String.join(", ", header) + ")");
        }
        return canonical;
    }

    /** Refreshes the derived tables of {@code fiscalYears} (and the peers when asked), timed as its own phase. */
    protected final void refreshDerived(Statement s, java.util.Collection<Integer> fiscalYears, boolean peers) throws SQLException {
        lap("merge");
        th.ita.insight.analytics.store.DerivedTables.refreshYears(s.getConnection(), fiscalYears);
        if (peers) {
            th.ita.insight.analytics.store.DerivedTables.refreshPeers(s.getConnection());
        }
        lap("derived tables");
    }

    private boolean loadedBeforeWithSize(DuckDBConnection c, long bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM ingest_batch WHERE file_bytes = ? AND kind = ?")) {
            ps.setLong(1, bytes);
            ps.setString(2, kind());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private Optional<Long> earlierBatch(DuckDBConnection c, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT max(batch_id) FROM ingest_batch WHERE file_sha256 = ? AND kind = ?")) {
            ps.setString(1, sha);
            ps.setString(2, kind());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(id);
            }
        }
    }

    /** Writes the reject report beside the store: {@code <store>.rejects/<time>-<file>.csv}. */
    private Path writeRejects(Path file, List<Reject> rejects) {
        Path dir = store.home().toAbsolutePath().resolveSibling(store.home().getFileName() + ".rejects");
        try {
            Files.createDirectories(dir);
            Path out = dir.resolve(Instant.now().toString().replace(':', '-') + "-" + file.getFileName() + ".csv");
            try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8)) {
                w.writeRecord("file", "line", "column", "value", "rule", "message");
                for (Reject r : rejects) {
                    w.writeRecord(r.file(), Long.toString(r.line()), r.column(), r.value(), r.rule().name(), r.message());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-line summary per rule, for the console. */
    public static String summary(LoadResult r) {
        String byRule = r.rejectsByRule().entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return "%s: %s — read %d, loaded %d, rejected %d%s".formatted(r.file().getFileName(), r.status(), r.rowsRead(),
                r.rowsLoaded(), r.rejects().size(), byRule.isEmpty() ? "" : " (" + byRule + ")");
    }
}

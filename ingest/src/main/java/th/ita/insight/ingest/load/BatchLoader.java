package th.ita.insight.ingest.load;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.duckdb.DuckDBConnection;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceException;
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
import java.util.Optional;
import java.util.OptionalInt;
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
    private final String engine = "duckdb";

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

    /** Creates the batch's staging tables (names suffixed with the batch id). */
    protected abstract void createStaging(Statement s, long batch) throws SQLException;

    /** Opens appenders on the staging tables; called once per file after {@link #createStaging}. */
    protected abstract void openAppenders(DuckDBConnection c, long batch) throws SQLException;

    /** Validates one row: appends its values to staging or adds rejects. */
    protected abstract void accept(TabularFile.Row row, Registry registry, List<Reject> rejects, List<String> warnings)
            throws SQLException;

    /** Closes the appenders. */
    protected abstract void closeAppenders() throws SQLException;

    /** Merges staging into the store tables, recording {@code batch}; returns rows loaded. */
    protected abstract long merge(Statement s, long batch) throws SQLException;

    protected abstract List<String> stagingTables(long batch);

    /**
     * After every row is staged: checks that need all rows at once (a response file can hold millions of rows,
     * too many to remember in memory), adding rejects and removing the rejected rows from staging.
     */
    protected void afterStaging(Statement s, long batch, List<Reject> rejects) throws SQLException {
    }

    /** Whether the file marks its rows synthetic (is_synthetic column all true). */
    protected abstract boolean synthetic();

    /** Told the number of rows read so far, every {@link #PROGRESS_EVERY} rows (a progress bar). */
    public interface Progress {
        void rowsRead(long rows);
    }

    static final int PROGRESS_EVERY = 20_000;
    static final int MAX_WARNINGS = 1_000;

    private Progress progress = rows -> { };

    public final BatchLoader withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** The file being loaded, as reject reports name it. */
    private String fileName = "";

    /** Called before each file: subclasses clear per-file state. */
    protected void reset() {
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

    /** Loads one file (CSV, TSV or XLSX; {@code sheet} names an XLSX sheet, else the first). */
    public final LoadResult load(Path file, java.util.Optional<String> sheet) {
        th.ita.insight.ingest.source.SourceFile source = th.ita.insight.ingest.source.SourceFile.open(file, sheet);
        this.fileName = file.getFileName().toString();
        reset();
        String sha = sha256(file);
        DuckDBConnection c = store.connection();
        try {
            Optional<Long> earlier = earlierBatch(c, sha);
            if (earlier.isPresent()) {
                return new LoadResult(file, kind(), LoadResult.Status.SKIPPED_ALREADY_LOADED, earlier, 0, 0, List.of(),
                        List.of("already loaded as batch " + earlier.get() + ": nothing changed"), Optional.empty());
            }
            Registry registry = Registry.read(c);
            Instant started = Instant.now();
            List<Reject> rejects = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            long[] rowsRead = {0};
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long batch;
                try (ResultSet rs = s.executeQuery("SELECT nextval('ingest_batch_seq')")) {
                    rs.next();
                    batch = rs.getLong(1);
                }
                createStaging(s, batch);
                openAppenders(c, batch);
                try {
                    List<List<String>> canonicalHeader = new ArrayList<>(1);
                    source.read(header -> canonicalHeader.add(checkHeader(file, header)), row -> {
                        if (++rowsRead[0] % PROGRESS_EVERY == 0) {
                            progress.rowsRead(rowsRead[0]);
                        }
                        try {
                            // the header is mapped to canonical names once per file, not once per row
                            accept(new TabularFile.Row(row.line(), canonicalHeader.getFirst(), row.fields()), registry, rejects, warnings);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                } finally {
                    closeAppenders();
                }
                if (rowsRead[0] == 0) {
                    throw new SourceException(file + ": the file has a header but no data rows");
                }
                afterStaging(s, batch, rejects);
                Optional<Path> report = rejects.isEmpty() ? Optional.empty() : Optional.of(writeRejects(file, rejects));
                if (strict && !rejects.isEmpty()) {
                    c.rollback();
                    return new LoadResult(file, kind(), LoadResult.Status.FAILED_STRICT, Optional.empty(), rowsRead[0], 0,
                            rejects, warnings, report);
                }
                long loaded = merge(s, batch);
                for (String t : stagingTables(batch)) {
                    s.execute("DROP TABLE " + t);
                }
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
                    ps.setLong(9, rowsRead[0]);
                    ps.setLong(10, loaded);
                    ps.setLong(11, rejects.size());
                    ps.setBoolean(12, synthetic());
                    ps.setString(13, warnings.isEmpty() ? null : String.join("; ", warnings.subList(0, Math.min(5, warnings.size()))));
                    ps.executeUpdate();
                }
                c.commit();
                return new LoadResult(file, kind(), LoadResult.Status.LOADED, Optional.of(batch), rowsRead[0], loaded,
                        rejects, warnings, report);
            } catch (SQLException | RuntimeException | IOException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(file + ": the store refused the load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> checkHeader(Path file, List<String> header) {
        List<String> canonical = header.stream().map(Headers::canonical).toList();
        List<String> missing = requiredColumns(canonical).stream().filter(col -> !canonical.contains(col)).toList();
        if (!missing.isEmpty()) {
            throw new SourceException(file + ": line 1: missing required column(s) " + String.join(", ", missing)
                    + " for --kind " + kind() + " (found: " + String.join(", ", header) + ")");
        }
        return canonical;
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

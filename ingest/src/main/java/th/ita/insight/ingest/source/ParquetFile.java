package th.ita.insight.ingest.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * A Parquet file, read with DuckDB's built-in Parquet reader in a private in-memory database and streamed row by
 * row (DuckDB fetches in chunks), so a file larger than the heap loads in bounded memory. Values are handed on as
 * text, exactly as a CSV would give them, so the same validation applies. "Line" in reject reports is the row
 * number counting the header as line 1, as for CSV: the first data row is line 2.
 */
final class ParquetFile implements SourceFile {

    private final Path path;

    private ParquetFile(Path path) {
        this.path = path;
    }

    static ParquetFile open(Path path) {
        return new ParquetFile(path);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public List<String> read(Consumer<List<String>> onHeader, Consumer<TabularFile.Row> rows) {
        Properties props = new Properties();
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        // streaming: rows come in chunks as they are fetched, not materialised first
        props.setProperty("jdbc_stream_results", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
             PreparedStatement ps = c.prepareStatement("SELECT * FROM read_parquet(?)")) {
            ps.setString(1, path.toAbsolutePath().toString());
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    header.add(TabularFile.normaliseHeader(md.getColumnName(i)));
                }
                List<String> fixed = List.copyOf(header);
                onHeader.accept(fixed);
                long line = 1;
                while (rs.next()) {
                    line++;
                    List<String> fields = new ArrayList<>(fixed.size());
                    for (int i = 1; i <= fixed.size(); i++) {
                        String v = rs.getString(i);
                        fields.add(v == null ? "" : v);
                    }
                    rows.accept(new TabularFile.Row(line, fixed, fields));
                }
                return fixed;
            }
        } catch (SQLException e) {
            throw new SourceException(path + ": not a readable Parquet file (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}

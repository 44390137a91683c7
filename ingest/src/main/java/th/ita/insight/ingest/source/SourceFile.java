package th.ita.insight.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** A file of rows under a header: CSV/TSV text, an XLSX sheet or a Parquet file. Rows are streamed, never read whole. */
public interface SourceFile {

    Path path();

    /**
     * Reads the header (handed to {@code onHeader}, which may refuse the file by throwing) and streams every non-blank
     * row to {@code rows}; returns the normalised header.
     */
    List<String> read(Consumer<List<String>> onHeader, Consumer<TabularFile.Row> rows);

    /** Opens a file by what it is (an XLSX is a zip; anything else must be text), not only by its name. */
    static SourceFile open(Path path, Optional<String> sheet) {
        if (!Files.isRegularFile(path)) {
            throw new SourceException(path + ": no such file");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || startsWithZip(path)) {
            return XlsxFile.open(path, sheet);
        }
        if (name.endsWith(".parquet") || startsWithParquetMagic(path)) {
            return ParquetFile.open(path);
        }
        if (name.endsWith(".xls")) {
            throw new SourceException(path + ": the old Excel .xls format is not supported; save it as .xlsx or CSV");
        }
        return TabularFile.open(path);
    }

    private static boolean startsWithParquetMagic(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWithZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package th.ita.insight.ingest.source;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * A delimited text file (CSV or TSV) read as a header plus rows, streaming: rows are handed out one at a
 * time, each with the line it starts on. Detects UTF-8 (with or without BOM) versus TIS-620/Windows-874,
 * which Thai government files come in.
 */
public final class TabularFile implements SourceFile {

    /** Windows-874 is a superset of TIS-620 and the usual encoding of Thai spreadsheets' CSV exports. */
    public static final Charset THAI_WINDOWS = Charset.forName("x-windows-874");

    private final Path path;
    private final Charset charset;
    private final char separator;

    private TabularFile(Path path, Charset charset, char separator) {
        this.path = path;
        this.charset = charset;
        this.separator = separator;
    }

    public static TabularFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new SourceException(path + ": no such file");
        }
        try {
            byte[] head = readHead(path, 1 << 20);
            if (head.length == 0) {
                throw new SourceException(path + ": the file is empty");
            }
            if (looksBinary(head)) {
                throw new SourceException(path + ": not a text (CSV/TSV) file");
            }
            Charset cs = isUtf8(head) ? StandardCharsets.UTF_8 : THAI_WINDOWS;
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            String firstLine = new String(head, cs).lines().findFirst().orElse("");
            char sep = name.endsWith(".tsv") || firstLine.chars().filter(ch -> ch == '\t').count()
                    > firstLine.chars().filter(ch -> ch == ',').count() ? '\t' : ',';
            return new TabularFile(path, cs, sep);
        } catch (IOException e) {
            throw new SourceException(path + ": cannot read: " + e.getMessage());
        }
    }

    @Override
    public Path path() {
        return path;
    }

    public Charset charset() {
        return charset;
    }

    /** The field separator: ',' or a tab. */
    public char separator() {
        return separator;
    }

    /** The header row (normalised) and the line it is on: the first non-blank record. */
    public record HeaderLine(long line, List<String> fields) {
    }

    public HeaderLine header() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset), 1 << 16);
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator)
                     .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader)) {
            for (CsvRecord r : csv) {
                if (!isBlank(r.getFields())) {
                    return new HeaderLine(r.getStartingLineNumber(), r.getFields().stream().map(TabularFile::normaliseHeader).toList());
                }
            }
            throw new SourceException(path + ": the file has no header row");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchElementException | IllegalStateException e) {
            throw new SourceException(path + ": malformed CSV: " + e.getMessage());
        }
    }

    /**
     * Reads the header (handed to {@code onHeader}, which may refuse the file by throwing) and streams every
     * non-blank row to {@code rows}; returns the normalised header.
     */
    @Override
    public List<String> read(Consumer<List<String>> onHeader, Consumer<Row> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset), 1 << 16);
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator)
                     .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader)) {
            Iterator<CsvRecord> it = csv.iterator();
            List<String> header = null;
            while (it.hasNext()) {
                CsvRecord r = it.next();
                if (isBlank(r.getFields())) {
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : r.getFields()) {
                        header.add(normaliseHeader(h));
                    }
                    onHeader.accept(List.copyOf(header));
                    continue;
                }
                rows.accept(new Row(r.getStartingLineNumber(), header, r.getFields()));
            }
            if (header == null) {
                throw new SourceException(path + ": the file has no header row");
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchElementException | IllegalStateException e) {
            throw new SourceException(path + ": malformed CSV: " + e.getMessage());
        }
    }

    /** Lower case, trimmed, inner spaces as one underscore, NFC; strips a UTF-8 BOM. */
    public static String normaliseHeader(String h) {
        String s = h.replace("\uFEFF", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", "_");
    }

    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readHead(Path path, int max) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(max);
        }
    }

    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        return control > head.length / 100 + 2;
    }

    private static boolean isUtf8(byte[] head) {
        int len = head.length;
        // a multi-byte character may be cut at the end of the sample: trim up to 3 trailing bytes
        for (int cut = 0; cut < 4 && cut < len; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, len - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (len < (1 << 20)) {
                    return false;  // the whole file was read: no cut character to forgive
                }
            }
        }
        return false;
    }

    /** One data row: the line it starts on (1-based) and its fields by normalised header name. */
    public record Row(long line, List<String> header, List<String> fields) {
        public String get(String column) {
            int i = header.indexOf(column);
            return i < 0 || i >= fields.size() ? "" : fields.get(i).strip();
        }

        public Map<String, String> asMap() {
            java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            return m;
        }
    }
}

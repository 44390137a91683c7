package th.ita.insight.ingest.source;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An XLSX sheet (the first, or the one named with --sheet) read as rows, streaming. Cells are read as the text a
 * person sees: numbers stored as text, formulas (their last computed value) and plain numbers all arrive as strings;
 * a title row above the real header (a merged heading) is skipped when it has a single filled cell. "Line" in reject
 * reports is the spreadsheet's row number.
 */
public final class XlsxFile implements SourceFile {

    private final Path path;
    private final Optional<String> sheetName;

    private XlsxFile(Path path, Optional<String> sheetName) {
        this.path = path;
        this.sheetName = sheetName;
    }

    /** Checks at once that the file is a workbook with the sheet asked for. */
    static XlsxFile open(Path path, Optional<String> sheet) {
        try (ReadableWorkbook wb = new ReadableWorkbook(path.toFile())) {
            if (sheet.isPresent() && wb.findSheet(sheet.get()).isEmpty()) {
                throw new SourceException(path + ": no sheet named '" + sheet.get() + "' (sheets: "
                        + String.join(", ", wb.getSheets().map(Sheet::getName).toList()) + ")");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceException se) {
                throw se;
            }
            throw new SourceException(path + ": not a readable XLSX file (" + oneLine(e) + ")");
        }
        return new XlsxFile(path, sheet);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public List<String> read(Consumer<List<String>> onHeader, Consumer<TabularFile.Row> rows) {
        try (ReadableWorkbook wb = new ReadableWorkbook(path.toFile())) {
            Sheet sheet = sheetName.map(n -> wb.findSheet(n).orElseThrow(() -> new SourceException(path + ": no sheet named '"
                    + n + "' (sheets: " + String.join(", ", wb.getSheets().map(Sheet::getName).toList()) + ")")))
                    .orElseGet(() -> wb.getFirstSheet());
            List<String> header = null;
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> it = stream.iterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    List<String> fields = texts(r);
                    long filled = fields.stream().filter(f -> !f.isBlank()).count();
                    if (filled == 0) {
                        continue;
                    }
                    if (header == null) {
                        if (filled == 1 && it.hasNext()) {
                            continue;   // a title row (often merged across the columns) above the real header
                        }
                        header = new ArrayList<>();
                        for (String h : fields) {
                            header.add(TabularFile.normaliseHeader(h));
                        }
                        pass(onHeader, List.copyOf(header));
                        continue;
                    }
                    pass(rows, new TabularFile.Row(r.getRowNum(), header, fields));
                }
            }
            if (header == null) {
                throw new SourceException(path + ": the sheet has no header row");
            }
            return header;
        } catch (ConsumerFailure f) {
            throw f.original;   // the loader's own error, not the file's
        } catch (SourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SourceException(path + ": not a readable XLSX file (" + oneLine(e) + ")");
        }
    }

    /** Hands a value to the caller's consumer; what the consumer throws passes through unchanged. */
    private static <T> void pass(Consumer<T> consumer, T value) {
        try {
            consumer.accept(value);
        } catch (RuntimeException e) {
            throw new ConsumerFailure(e);
        }
    }

    private static final class ConsumerFailure extends RuntimeException {
        private final RuntimeException original;

        ConsumerFailure(RuntimeException original) {
            super(null, null, false, false);
            this.original = original;
        }
    }

    private static List<String> texts(Row r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
            Cell c = r.getCell(i);
            out.add(c == null ? "" : text(c));
        }
        return out;
    }

    private static String text(Cell c) {
        return switch (c.getType()) {
            case NUMBER -> {
                BigDecimal d = c.asNumber();
                yield d == null ? "" : d.stripTrailingZeros().toPlainString();
            }
            case EMPTY -> "";
            default -> c.getRawValue() == null ? "" : c.getText();
        };
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}

package th.ita.insight.spark.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;
import th.ita.insight.ingest.source.SourceException;
import th.ita.insight.ingest.source.SourceFile;
import th.ita.insight.ingest.source.TabularFile;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * An input file as Spark rows, each with the line an editor shows it on. CSV/TSV is read by the executors in
 * parallel, line by line (UTF-8 or Windows-874, as the embedded engine detects it); an XLSX sheet or a Parquet file
 * is read by the driver with the embedded engine's readers and handed to the executors (a sheet holds at most
 * 1,048,576 rows).
 */
record Source(List<String> header, JavaRDD<NumberedRow> rows) {

    /** One data row: its line (1-based) and its fields in the header's order. */
    record NumberedRow(long line, List<String> fields) implements Serializable {
    }

    static Source open(JavaSparkContext sc, Path file, Optional<String> sheet, int partitions) {
        SourceFile source = SourceFile.open(file, sheet);
        if (source instanceof TabularFile text) {
            TabularFile.HeaderLine header = text.header();
            String charset = text.charset().name();
            char separator = text.separator();
            long headerLine = header.line();
            String name = file.toString();
            // a Hadoop path from the URI (Thai names, spaces), glob characters escaped: the input is this one file
            org.apache.hadoop.mapred.JobConf job = new org.apache.hadoop.mapred.JobConf(sc.hadoopConfiguration());
            String local = file.toAbsolutePath().toString().replaceAll("([\\\\{}\\[\\]*?])", "\\\\$1");
            org.apache.hadoop.mapred.FileInputFormat.setInputPaths(job, new org.apache.hadoop.fs.Path("file", null, local));
            JavaRDD<NumberedRow> rows = sc.hadoopRDD(job, TextInputFormat.class, LongWritable.class, Text.class, partitions)
                    // Hadoop reuses its Text: decode each line at once
                    .map(t -> new String(t._2().getBytes(), 0, t._2().getLength(), Charset.forName(charset)))
                    .zipWithIndex()
                    .mapPartitions(lines -> new ParsedLines(lines, separator, headerLine, name));
            return new Source(header.fields(), rows);
        }
        List<NumberedRow> all = new ArrayList<>();
        List<String> header = source.read(h -> { }, r -> all.add(new NumberedRow(r.line(), new ArrayList<>(r.fields()))));
        return new Source(header, sc.parallelize(all, Math.max(1, Math.min(partitions, all.size() / 10_000 + 1))));
    }

    /** Lines after the header parsed as CSV records, blank ones skipped (as the embedded reader does). */
    private static final class ParsedLines implements Iterator<NumberedRow> {
        private final Iterator<Tuple2<String, Long>> lines;
        private final CsvReader.CsvReaderBuilder csv;
        private final long headerLine;
        private final String file;
        private NumberedRow next;

        private final char separator;

        ParsedLines(Iterator<Tuple2<String, Long>> lines, char separator, long headerLine, String file) {
            this.lines = lines;
            this.separator = separator;
            this.csv = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true).allowMissingFields(true);
            this.headerLine = headerLine;
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            while (next == null && lines.hasNext()) {
                Tuple2<String, Long> t = lines.next();
                long line = t._2() + 1;
                String text = t._1();
                if (line <= headerLine || text.isBlank()) {
                    continue;
                }
                if (opensUnclosedQuote(text, separator)) {
                    throw new SourceException(file + ": line " + line + ": a quoted value runs on to the next line; "
                            + "the Spark engine reads one record per line (load this file with --engine duckdb)");
                }
                List<String> fields = new ArrayList<>();
                for (CsvRecord r : csv.ofCsvRecord(text)) {
                    fields.addAll(r.getFields());
                }
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                next = new NumberedRow(line, fields);
            }
            return next != null;
        }

        /**
         * Whether a field of the line opens a quoted value that the line does not close (it runs on to the next line).
         * A quote inside an unquoted field is an ordinary character, as the embedded reader takes it.
         */
        static boolean opensUnclosedQuote(String line, char separator) {
            boolean fieldStart = true;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            i++;   // an escaped quote
                        } else {
                            quoted = false;
                        }
                    }
                } else if (ch == separator) {
                    fieldStart = true;
                    continue;
                } else if (ch == '"' && fieldStart) {
                    quoted = true;
                }
                fieldStart = false;
            }
            return quoted;
        }

        @Override
        public NumberedRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            NumberedRow r = next;
            next = null;
            return r;
        }
    }
}

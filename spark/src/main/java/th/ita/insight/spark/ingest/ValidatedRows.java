package th.ita.insight.spark.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import th.ita.insight.ingest.load.BatchLoader;
import th.ita.insight.ingest.load.Loaders;
import th.ita.insight.ingest.load.Registry;
import th.ita.insight.ingest.load.Reject;
import th.ita.insight.ingest.load.StagedRows;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What one Spark task makes of its rows: the kind's own loader validates them (the code the embedded engine runs),
 * and every outcome becomes one record of the hand-off: a staged row (its staging table's name), a reject, a warning,
 * or the task's summary. Records stream out as rows stream in, so a task holds no more than one row's output
 * (plus its rejects, as the embedded engine does).
 *
 * <p>{@code seq} orders records as the embedded engine would meet them: the task's index in the high bits (tasks
 * are in file order), the record's ordinal in the low bits.
 */
final class ValidatedRows implements Iterator<Row> {

    static final String REJECT = "_reject";
    static final String WARNING = "_warning";
    static final String SUMMARY = "_summary";

    /** The hand-off's one schema: which table a record is for, the line it came from, its order, its values as text. */
    static final StructType SCHEMA = new StructType()
            .add("record", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("seq", DataTypes.LongType, false)
            .add("v", DataTypes.createArrayType(DataTypes.StringType, true), false);

    private final Iterator<Source.NumberedRow> input;
    private final BatchLoader loader;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private final long seqBase;
    private long ordinal;
    private long staged;
    private long currentLine;
    private boolean finished;

    ValidatedRows(int task, Iterator<Source.NumberedRow> input, String kind, String file, List<String> header,
                  Registry registry) {
        this.input = input;
        this.seqBase = (long) task << 40;
        this.loader = Loaders.forValidation(kind);
        Map<String, StagedRows> sinks = new HashMap<>();
        loader.stagingTables().forEach(t -> sinks.put(t.name(), values -> {
            String[] text = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                text[i] = StagedRows.asText(values[i]);
            }
            staged++;
            emit(t.name(), currentLine, text);
        }));
        loader.begin(file, header, registry.copy(), sinks);
    }

    private void emit(String record, long line, String[] values) {
        ready.add(RowFactory.create(record, line, seqBase + ordinal++, values));
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            if (input.hasNext()) {
                Source.NumberedRow row = input.next();
                currentLine = row.line();
                loader.validate(row.line(), row.fields());
            } else {
                finish();
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void finish() {
        finished = true;
        BatchLoader.Validated v = loader.validated();
        for (Reject r : v.rejects()) {
            emit(REJECT, r.line(), new String[] {r.file(), r.column(), r.value(), r.rule().name(), r.message()});
        }
        for (String w : v.warnings()) {
            emit(WARNING, 0, new String[] {w});
        }
        emit(SUMMARY, 0, new String[] {Long.toString(v.rowsRead()), Long.toString(staged), Boolean.toString(v.synthetic())});
    }
}

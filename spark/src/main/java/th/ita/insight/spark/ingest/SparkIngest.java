package th.ita.insight.spark.ingest;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.ita.insight.ingest.cli.LoadReport;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;
import th.ita.insight.ingest.source.SourceException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The Spark engine's entry point: {@code spark-submit --class th.ita.insight.spark.ingest.SparkIngest ita-spark.jar
 * --db STORE FILE...} (what {@code ./ita ingest --engine spark} runs). Without spark-submit's {@code --master} it
 * runs on {@code local[*]}. Exit codes as {@code ita ingest}: 0 loaded, 1 a file failed (one line on stderr).
 */
@Command(name = "ita-spark-ingest", mixinStandardHelpOptions = true,
        description = {"Load ITA files into the store through Apache Spark SQL: each file is one transaction, valid rows",
                "loaded and the rest written to a reject report beside the store; --strict: any reject changes nothing."})
public final class SparkIngest implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", required = true, description = "the store (a DuckDB file)")
    Path db;

    @Option(names = "--kind", paramLabel = "KIND", description = "scores | satisfaction | responses | agencies | measures | actionplan (default: from the header)")
    String kind;

    @Option(names = "--strict", description = "reject the whole file if any row is invalid")
    boolean strict;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the XLSX sheet to read (default: the first)")
    String sheet;

    @Option(names = "--work", paramLabel = "DIR", description = "where the Parquet hand-off is written (default: beside the store)")
    Path work;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "input partitions (default: Spark's default parallelism)")
    int partitions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV, TSV, XLSX or Parquet files")
    List<Path> files;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkIngest());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("ita: " + userMessage(e));   // one line, never a stack trace
            if (System.getenv("ITA_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        SparkSession.Builder builder = SparkSession.builder().appName("ITA Insight ingest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");   // run directly, not through spark-submit
        }
        SparkSession spark = builder.getOrCreate();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        try {
            int n = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
            SparkLoad load = new SparkLoad(spark, db, work != null ? work : db.toAbsolutePath().resolveSibling(db.getFileName() + ".spark"), n);
            boolean failed = false;
            for (Path f : files) {
                Optional<String> sheetName = Optional.ofNullable(sheet);
                String k = kind != null ? kind : Loaders.detectKind(f, sheetName);
                LoadResult r = load.load(f, k, strict, sheetName);
                failed |= LoadReport.print(out, r);
            }
            return failed ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /** The message a user should read: a file problem found inside a Spark task comes back wrapped several times. */
    static String userMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SourceException) {
                return t.getMessage().lines().findFirst().orElse("");
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}

package th.ita.insight.ingest.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import th.ita.insight.analytics.store.StoreWriter;
import th.ita.insight.ingest.load.BatchLoader;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;
import th.ita.insight.ingest.load.Reject;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load ITA files into the store. Each file is one transaction: valid rows are loaded and the",
                "rest written to a reject report beside the store; with --strict any reject leaves the store unchanged."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "scores | satisfaction | responses | agencies | measures | actionplan (default: detected from the header)")
    String kind;

    @Option(names = "--strict", description = "reject the whole file if any row is invalid")
    boolean strict;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the XLSX sheet to read (default: the first)")
    String sheet;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "duckdb",
            description = "duckdb (embedded, default) | spark (Apache Spark SQL in its own JVM; docs/spark.md)")
    String engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "with --engine spark: local[*] (default), spark://host:7077; yarn or k8s:// need SPARK_HOME")
    String master;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV, TSV, XLSX or Parquet files")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (engine.equals("spark")) {
            List<String> args = new java.util.ArrayList<>(List.of("--db", store.path().toAbsolutePath().toString()));
            if (kind != null) {
                args.addAll(List.of("--kind", kind));
            }
            if (strict) {
                args.add("--strict");
            }
            if (sheet != null) {
                args.addAll(List.of("--sheet", sheet));
            }
            files.forEach(f -> args.add(f.toAbsolutePath().toString()));
            return new SparkEngine(Path.of(System.getProperty("ita.home", "."))).run(master, args);
        }
        if (!engine.equals("duckdb")) {
            throw new IllegalArgumentException("--engine " + engine + " is not an engine (duckdb or spark)");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        {
            for (Path f : files) {
                java.util.Optional<String> sheetName = java.util.Optional.ofNullable(sheet);
                String k = kind != null ? kind : Loaders.detectKind(f, sheetName);
                // each file on a copy swapped in atomically: works while the dashboard serves the store
                ConsoleProgress progress = new ConsoleProgress(f, spec.commandLine().getErr(), System.console() != null);
                LoadResult r = StoreWriter.writeBesideAndSwap(store.path(),
                        s -> Loaders.forKind(k, s, strict).withProgress(progress).load(f, sheetName),
                        result -> result.status() == LoadResult.Status.LOADED);
                progress.done();
                failed |= LoadReport.print(out, r);
            }
        }
        return failed ? 1 : 0;
    }
}

package th.ita.insight.ingest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code ita} command line (the ./ita launcher runs it for everything but serving the dashboard).
 * Exit codes: 0 success, 1 the work failed (message on stderr), 2 bad usage or something not found.
 */
@Command(name = "ita", mixinStandardHelpOptions = true, version = "ITA Insight 0.1.0",
        description = "ITA Insight: load, analyse and report Thailand's ITA results.",
        subcommands = {IngestCommand.class, AnalyzeCommand.class, ReportCommand.class, BenchCommand.class, IngestBenchCommand.class, DemoStoreCommand.class, GenerateCommand.class, CalibrationCommand.class,
                CommandLine.HelpCommand.class})
public final class ItaCommand {

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; without a provider it would print a warning on every DOCX
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ItaCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // users get one line naming the problem, never a stack trace
            commandLine.getErr().println("ita: " + oneLine(e));
            if (System.getenv("ITA_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return e instanceof NotFoundException ? 2 : 1;
        });
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}

package th.ita.insight.ingest.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import th.ita.insight.datasets.demo.DemoDataset;
import th.ita.insight.datasets.demo.DemoDatasetGenerator;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate SYNTHETIC data files:",
                "  demo       the national demo dataset (scores and satisfaction) into --out DIR",
                "  responses  raw IIT/EIT answers consistent with the demo scores: --rows N --out FILE"})
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "demo | responses")
    String what;

    @Option(names = "--out", paramLabel = "PATH", description = "output folder (demo, default data/demo) or file "
            + "(responses, default data/demo/demo-responses.csv)")
    Path out;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "responses: answer rows to write")
    long rows;

    @Option(names = "--scores", paramLabel = "FILE", defaultValue = "data/demo/demo-scores.csv",
            description = "responses: the scores the answers follow (made with 'generate demo' if missing)")
    Path scores;

    @Option(names = "--seed", defaultValue = "" + DemoDatasetGenerator.DEFAULT_SEED, description = "random seed")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var methodology = th.ita.insight.analytics.methodology.Methodology.bundled();
        if (what.equals("responses")) {
            if (!java.nio.file.Files.isRegularFile(scores)) {
                scores = new DemoDatasetGenerator(seed, methodology, Set.of("06310499")).generate(scores.toAbsolutePath().getParent()).scoresCsv();
            }
            long t0 = System.nanoTime();
            var r = new th.ita.insight.datasets.responses.ResponsesGenerator(methodology, seed)
                    .generate(scores, out == null ? Path.of("data/demo/demo-responses.csv") : out, rows);
            spec.commandLine().getOut().printf("synthetic responses: %s (%,d answers, %,d agency-years, %.1f s)%n", r.file(),
                    r.rows(), r.agencyYears(), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
        if (!what.equals("demo")) {
            throw new NotFoundException("unknown data set '" + what + "' (this build generates: demo, responses)");
        }
        DemoDataset d = new DemoDatasetGenerator(seed, methodology, Set.of("06310499")).generate(out == null ? Path.of("data/demo") : out);
        spec.commandLine().getOut().printf("synthetic demo dataset: %s (%d agency-years), %s%n", d.scoresCsv(),
                d.agencyYears(), d.satisfactionCsv());
        return 0;
    }
}

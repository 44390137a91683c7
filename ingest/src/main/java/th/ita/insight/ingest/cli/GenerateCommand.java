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
        description = "Generate SYNTHETIC data files: 'demo' = the national demo dataset (scores and satisfaction).")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "demo")
    String what;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/demo", description = "output folder")
    Path out;

    @Option(names = "--seed", defaultValue = "" + DemoDatasetGenerator.DEFAULT_SEED, description = "random seed")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!what.equals("demo")) {
            throw new NotFoundException("unknown data set '" + what + "' (this build generates: demo)");
        }
        DemoDataset d = new DemoDatasetGenerator(seed, th.ita.insight.analytics.methodology.Methodology.bundled(),
                Set.of("06310499")).generate(out);
        spec.commandLine().getOut().printf("synthetic demo dataset: %s (%d agency-years), %s%n", d.scoresCsv(),
                d.agencyYears(), d.satisfactionCsv());
        return 0;
    }
}

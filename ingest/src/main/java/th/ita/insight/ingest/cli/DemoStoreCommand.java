package th.ita.insight.ingest.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import th.ita.insight.ingest.demo.DemoStoreBuilder;
import th.ita.insight.ingest.load.BatchLoader;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "demo-store", mixinStandardHelpOptions = true,
        description = "(Re)create the store from the published figures and the synthetic national demo dataset.")
final class DemoStoreCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/demo",
            description = "where the generated demo CSV files are written (default: data/demo)")
    Path work;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        DemoStoreBuilder.Built built = DemoStoreBuilder.build(store.path(), work);
        built.loads().forEach(r -> spec.commandLine().getOut().println(BatchLoader.summary(r)));
        spec.commandLine().getOut().printf("demo store %s ready: %d agencies (synthetic demo + published), %d agency-years, %.1f s%n",
                built.store(), built.demo().agencies(), built.demo().agencyYears(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}

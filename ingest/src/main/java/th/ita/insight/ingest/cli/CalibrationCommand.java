package th.ita.insight.ingest.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.demo.CalibrationReport;

import java.util.concurrent.Callable;

@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Print the table of published national figures against the synthetic demo data in the store (Markdown).")
final class CalibrationCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ItaStore s = ItaStore.openReadOnly(store.path())) {
            spec.commandLine().getOut().print(CalibrationReport.markdown(CalibrationReport.compute(s)));
        }
        return 0;
    }
}

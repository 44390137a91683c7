package th.ita.insight.ingest.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.agency.AgencyDirectory;
import th.ita.insight.analytics.analysis.AgencyAnalyses;
import th.ita.insight.analytics.measures.PathToPass;
import th.ita.insight.analytics.measures.SuggestionCatalogue;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.reports.Reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code ita report analysis|measures|progress|actionplan CODE --year YYYY --format pdf|docx --out FILE}: one agency's document. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an agency's annual document (analysis of the ITA result, or measures) as PDF or DOCX, in Thai.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "KIND", description = "analysis, measures, progress or actionplan")
    String kind;

    @Parameters(index = "1", paramLabel = "CODE", description = "the agency's code")
    String code;

    @Option(names = "--year", paramLabel = "YYYY", description = "the assessed fiscal year in พ.ศ. (default: the agency's latest); "
            + "measures, progress and the action plan are those of the year after it")
    Integer year;

    @Option(names = "--format", paramLabel = "pdf|docx", defaultValue = "pdf", description = "pdf (default) or docx")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: ita-KIND-CODE-YEAR.FORMAT here)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reports.Kind k = parse(Reports.Kind.class, kind, "KIND", "analysis, measures, progress, actionplan");
        Reports.Format f = parse(Reports.Format.class, format, "--format", "pdf, docx");
        try (ItaStore s = ItaStore.openReadOnly(store.path())) {
            AgencyDirectory directory = new AgencyDirectory(s);
            if (!AgencyCode.isValid(code) || directory.find(new AgencyCode(code)).isEmpty()) {
                throw NotFoundException.noAgency(directory, code);
            }
            AgencyCode agency = new AgencyCode(code);
            Methodology methodology = Methodology.bundled();
            AgencyAnalyses analyses = new AgencyAnalyses(s, methodology);
            FiscalYear fy = year != null ? FiscalYear.of(year) : FiscalYear.of(analyses.latestYear(agency)
                    .orElseThrow(() -> new NotFoundException("agency " + code + " has no scores in the store")));
            Reports reports = new Reports(analyses, new th.ita.insight.analytics.measures.AgencyMeasures(s), new th.ita.insight.analytics.measures.ActionPlans(s), new PathToPass(s, methodology), SuggestionCatalogue.bundled(), Clock.systemDefaultZone());
            byte[] bytes = reports.write(k, agency, fy, f).orElseThrow(() -> new NotFoundException("agency " + code + " has no scores for FY"
                    + fy + "; years with scores: " + analyses.history(agency).stream().map(a -> String.valueOf(a.fiscalYear()))
                    .collect(Collectors.joining(", "))));
            Path target = out != null ? out : Path.of(Reports.fileName(k, agency, fy, f));
            // written beside the target and moved over it: a reader never sees half a document
            Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println(target + " (" + bytes.length / 1024 + " KB)");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String what, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), what + " '" + value + "' is not one of: " + allowed);
        }
    }
}

package th.ita.insight.dashboard.data;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.springframework.stereotype.Service;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.measures.AgencyMeasures;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreWriter;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Loaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Saves an agency-year's measures and progress from the agency page through the same path as a file upload: a
 * {@code --kind measures} file (so the same validation applies and the batch is in the lineage, named after the
 * user), loaded strictly on a copy of the store that is swapped in — all or nothing, while the dashboard serves.
 */
@Service
public class MeasuresService {

    /** One measure as the page edits it; {@code progress} by round. */
    public record Draft(String title, List<Integer> indicators, List<String> items, String method, String period, String followUp,
                        List<String> divisions, Map<AgencyMeasures.Round, Progress> progress) {}

    /** A round's report as the page edits it. */
    public record Progress(String status, String result) {}

    private final ItaStore store;

    MeasuresService(ItaStore store) {
        this.store = store;
    }

    /** Replaces the agency's measures of {@code runsIn} with {@code drafts}; empty when saved, else why not (the rule). */
    public Optional<String> save(AgencyCode agency, FiscalYear runsIn, List<Draft> drafts, String user) {
        try {
            Path dir = Files.createTempDirectory("ita-measures");
            Path file = dir.resolve("measures-" + agency.value() + "-" + runsIn + "-" + user.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv");
            try {
                try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
                    w.writeRecord("fiscal_year", "agency_code", "indicator", "items", "title", "method", "period", "follow_up", "divisions",
                            "round", "status", "result");
                    for (Draft d : drafts) {
                        String indicators = d.indicators().stream().map(String::valueOf).collect(Collectors.joining(" "));
                        List<String> common = List.of(runsIn.toString(), agency.value(), indicators, String.join(" ", d.items()), d.title(),
                                Optional.ofNullable(d.method()).orElse(""), Optional.ofNullable(d.period()).orElse(""),
                                Optional.ofNullable(d.followUp()).orElse(""), String.join(" | ", d.divisions()));
                        if (d.progress().isEmpty()) {
                            w.writeRecord(concat(common, "", "", ""));
                        }
                        for (var e : d.progress().entrySet()) {
                            w.writeRecord(concat(common, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().status(),
                                    Optional.ofNullable(e.getValue().result()).orElse("")));
                        }
                    }
                }
                LoadResult r = StoreWriter.writeBesideAndSwap(store.file(), s -> Loaders.forKind("measures", s, true).load(file),
                        x -> x.status() == LoadResult.Status.LOADED);
                return r.status() == LoadResult.Status.LOADED ? Optional.empty()
                        : Optional.of(r.rejects().isEmpty() ? r.status().name() : r.rejects().getFirst().message());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> out = new java.util.ArrayList<>(first);
        out.addAll(List.of(rest));
        return out;
    }
}

package th.ita.insight.dashboard.data;

import org.springframework.stereotype.Service;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.measures.AgencyMeasures;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Saves an agency-year's measures and progress from the agency page, as a {@code --kind measures} load (PageEdits). */
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
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Draft d : drafts) {
            String indicators = d.indicators().stream().map(String::valueOf).collect(Collectors.joining(" "));
            List<String> common = List.of(runsIn.toString(), agency.value(), indicators, String.join(" ", d.items()), d.title(),
                    Optional.ofNullable(d.method()).orElse(""), Optional.ofNullable(d.period()).orElse(""),
                    Optional.ofNullable(d.followUp()).orElse(""), String.join(" | ", d.divisions()));
            if (d.progress().isEmpty()) {
                rows.add(concat(common, "", "", ""));
            }
            for (var e : d.progress().entrySet()) {
                rows.add(concat(common, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().status(),
                        Optional.ofNullable(e.getValue().result()).orElse("")));
            }
        }
        return PageEdits.save(store, "measures", "measures-" + agency.value() + "-" + runsIn + "-" + user,
                List.of("fiscal_year", "agency_code", "indicator", "items", "title", "method", "period", "follow_up", "divisions",
                        "round", "status", "result"), rows);
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> out = new java.util.ArrayList<>(first);
        out.addAll(List.of(rest));
        return out;
    }
}

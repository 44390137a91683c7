package th.ita.insight.dashboard.data;

import org.springframework.stereotype.Service;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.store.ItaStore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Saves an agency-year's anti-corruption action plan from the agency page, as a {@code --kind actionplan} load (PageEdits). */
@Service
public class ActionPlanService {

    /** One project as the page edits it: dimension 1–4, budget in baht, quarters 1–4. */
    public record Draft(String title, int dimension, BigDecimal budget, List<Integer> quarters, String targetGroup,
                        String responsible) {}

    private final ItaStore store;

    ActionPlanService(ItaStore store) {
        this.store = store;
    }

    /** Replaces the agency's plan for {@code year} with {@code projects}; empty when saved, else why not (the rule). */
    public Optional<String> save(AgencyCode agency, FiscalYear year, List<Draft> projects, String user) {
        List<List<String>> rows = projects.stream().map(p -> List.of(year.toString(), agency.value(), p.title(),
                String.valueOf(p.dimension()), p.budget().toPlainString(),
                p.quarters().stream().map(String::valueOf).collect(Collectors.joining(",")),
                p.targetGroup(), p.responsible())).toList();
        return PageEdits.save(store, "actionplan", "actionplan-" + agency.value() + "-" + year + "-" + user,
                List.of("fiscal_year", "agency_code", "title", "dimension", "budget", "quarters", "target_group", "responsible"), rows);
    }
}

package th.ita.insight.analytics.measures;

import java.util.List;

/**
 * A measure (มาตรการ) a planner may start from for a weak indicator: what to do, how, who usually does it, when,
 * and what shows it was done. Written for this product from the measures real agencies report (the seeds named).
 */
public record SuggestedMeasure(String id, int indicator, List<String> items, String titleTh, List<String> methodTh,
                               List<String> divisionsTh, String periodTh, List<String> evidenceTh, String titleEn,
                               String seeds) {

    public SuggestedMeasure {
        items = List.copyOf(items);
        methodTh = List.copyOf(methodTh);
        divisionsTh = List.copyOf(divisionsTh);
        evidenceTh = List.copyOf(evidenceTh);
    }
}

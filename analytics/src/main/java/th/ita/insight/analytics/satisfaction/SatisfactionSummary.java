package th.ita.insight.analytics.satisfaction;

import java.util.List;

/**
 * An agency-year's satisfaction survey: the respondent-weighted overall mean (1–5) and percent, per service
 * area, and the share of areas meeting the target (80 % satisfied by default).
 */
public record SatisfactionSummary(String agencyCode, int fiscalYear, int respondents, double overallMean,
                                  double overallPercent, double target, double shareOfAreasMeetingTarget,
                                  List<AreaResult> areas) {
    public SatisfactionSummary {
        areas = List.copyOf(areas);   // shared through the per-version result cache
    }
}

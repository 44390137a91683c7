package th.ita.insight.analytics.satisfaction;

import java.util.OptionalDouble;

/** One service area of a satisfaction survey, and whether it meets the target share satisfied. */
public record AreaResult(String serviceArea, int respondents, double meanScore, OptionalDouble sd, double percentSatisfied,
                         boolean meetsTarget) {}

package th.ita.insight.analytics.analysis;

import java.util.OptionalDouble;

/**
 * One indicator of an agency-year: score, last year's score and change, and its class in the standard
 * classification of agencies' annual ITA analyses ({@code highest} wins over the trend class, which is kept
 * in {@code trendClass}).
 */
public record IndicatorResult(int indicator, String tool, String nameTh, String nameEn, double score,
                              OptionalDouble previous, OptionalDouble change, IndicatorClass indicatorClass,
                              IndicatorClass trendClass, boolean weak) {}

package th.ita.insight.analytics.national;

/** How often an indicator is below the weak threshold across a scope's agencies in a year, and the mean gap. */
public record WeakIndicatorFrequency(int indicator, String nameTh, int agencies, int belowThreshold, double share,
                                     double meanGap, double meanScore) {}

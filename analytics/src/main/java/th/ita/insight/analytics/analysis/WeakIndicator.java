package th.ita.insight.analytics.analysis;

/**
 * An indicator below the weak threshold, with the points the agency's TOTAL would gain if it rose to the
 * threshold ({@code weight × gap}) or to 100. Listed in descending {@code gainToThreshold}.
 */
public record WeakIndicator(int indicator, String nameTh, double score, double gainToThreshold, double gainTo100) {}

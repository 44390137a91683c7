package th.ita.insight.analytics.national;

/**
 * An indicator change far outside what that indicator usually does that year: beyond {@code threshold} robust
 * standard deviations (1.4826 × MAD) of all agencies' changes.
 */
public record Anomaly(String agencyCode, String nameTh, int indicator, double previous, double score, double change,
                      double robustZ) {}

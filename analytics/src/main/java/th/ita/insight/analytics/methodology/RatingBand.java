package th.ita.insight.analytics.methodology;

/** A rating band: scores from {@code minScore} (inclusive) up to the next band's minimum. */
public record RatingBand(String scheme, String band, int ordinal, double minScore, String labelTh, String labelEn) {}

package th.ita.insight.analytics.national;

/** An agency whose total rose or fell the most on last year. */
public record Mover(String agencyCode, String nameTh, String province, double previousTotal, double total, double change) {}

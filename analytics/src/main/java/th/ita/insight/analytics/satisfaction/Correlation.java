package th.ita.insight.analytics.satisfaction;

/**
 * The link between EIT and overall satisfaction over the agencies of a scope in a year: Pearson and Spearman
 * coefficients, each with its two-sided p-value (t-test, n − 2 degrees of freedom), and n. Never shown without n.
 */
public record Correlation(String scope, int fiscalYear, int n, double pearson, double pearsonP, double spearman,
                          double spearmanP) {}

package th.ita.insight.analytics.trend;

import th.ita.insight.analytics.methodology.FiscalYear;

/**
 * One fiscal year of a series of agencies (the nation, a province, a type): how many were assessed with a
 * complete set of indicators, their mean and median total, and the share scoring at least the pass mark.
 */
public record YearSummary(FiscalYear fiscalYear, int agencies, double mean, double median, double q1, double q3,
                          double passShare, int belowPass, boolean containsSynthetic, double min, double max) {}

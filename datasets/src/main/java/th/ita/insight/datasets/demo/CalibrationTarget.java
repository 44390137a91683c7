package th.ita.insight.datasets.demo;

import java.util.OptionalDouble;

/**
 * A published national figure the demo data is calibrated to: the mean total, and the share of agencies
 * scoring 85 or more where it was published. Years without a published pass rate use an assumed spread.
 */
public record CalibrationTarget(int fiscalYear, int agenciesPublished, double meanPublished,
                                OptionalDouble passRatePublished, double assumedSpread, String source) {}

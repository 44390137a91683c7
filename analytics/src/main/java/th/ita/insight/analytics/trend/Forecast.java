package th.ita.insight.analytics.trend;

import th.ita.insight.analytics.methodology.FiscalYear;

/** A next-year forecast with its 95 % prediction interval (clipped to 0–100), and the method that made it. */
public record Forecast(FiscalYear fiscalYear, ForecastMethod method, double value, double low, double high, int basedOnYears) {}

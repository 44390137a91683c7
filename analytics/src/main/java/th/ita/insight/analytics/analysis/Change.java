package th.ita.insight.analytics.analysis;

/** Year-over-year change of a total, from the 2-decimal totals agencies publish: points and percent. */
public record Change(double previousTotal, double points, double percent) {

    public static Change between(double previous, double current) {
        double points = round2(current - previous);
        double percent = round2(100.0 * (current - previous) / previous);
        return new Change(previous, points, percent);
    }

    static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

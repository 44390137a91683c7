package th.ita.insight.dashboard.chart;

import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.marker.MarkLine1DDataItem;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.series.SeriesLineLabel;

import java.util.Locale;

/** Small helpers shared by the views' charts. */
public final class ChartOptions {

    public static final String PASS_COLOUR = "#2e7d32";
    public static final String WEAK_COLOUR = "#c62828";

    private ChartOptions() {
    }

    /** Dashed horizontal (or vertical, for horizontal bars) reference lines, e.g. the 80 and 85 lines. */
    public static MarkLine lines(boolean vertical, Line... lines) {
        MarkLine1DDataItem[] items = new MarkLine1DDataItem[lines.length];
        for (int i = 0; i < lines.length; i++) {
            MarkLine1DDataItem item = new MarkLine1DDataItem().setName(lines[i].label())
                    .setLineStyle(new LineStyle().setType("dashed").setColor(lines[i].colour()))
                    .setLabel(new SeriesLineLabel().setFormatter(lines[i].label()));
            items[i] = vertical ? item.setXAxis(lines[i].value()) : item.setYAxis(lines[i].value());
        }
        return new MarkLine().setSymbol("none").setSilent(true).setData(items);
    }

    public record Line(String label, double value, String colour) {}

    public static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

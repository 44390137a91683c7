package th.ita.insight.dashboard.overview;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.icepear.echarts.Line;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.marker.MarkLine1DDataItem;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.series.SeriesLineLabel;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;
import th.ita.insight.analytics.trend.TrendQueries;
import th.ita.insight.analytics.trend.YearSummary;
import th.ita.insight.dashboard.chart.EChart;

import java.util.List;
import java.util.Locale;

/** Executive overview: the national ITA trend (first page). */
@Route("")
@PageTitle("ITA Insight")
class OverviewView extends VerticalLayout {

    OverviewView(TrendQueries trends) {
        List<YearSummary> series = trends.nationalSeries();
        add(new H1(getTranslation("overview.title")));
        if (series.isEmpty()) {
            add(new Paragraph(getTranslation("overview.empty")));
            return;
        }
        if (series.stream().anyMatch(YearSummary::containsSynthetic)) {
            Span note = new Span(getTranslation("data.synthetic"));
            note.addClassName("synthetic-note");
            note.setId("synthetic-note");
            add(note);
        }
        YearSummary last = series.getLast();
        FlexLayout kpis = new FlexLayout(
                kpi("kpi-agencies", getTranslation("kpi.agencies", last.fiscalYear()), "%,d".formatted(last.agencies())),
                kpi("kpi-mean", getTranslation("kpi.mean", last.fiscalYear()), fmt(last.mean())),
                kpi("kpi-pass", getTranslation("kpi.pass", last.fiscalYear()), fmt(100 * last.passShare()) + " %"));
        kpis.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(kpis);

        EChart chart = new EChart(getTranslation("chart.trend.title"));
        chart.setId("trend-chart");
        chart.setChart(trendChart(series));
        add(new H2(getTranslation("chart.trend.title")), chart);

        Grid<YearSummary> table = new Grid<>();
        table.setId("trend-table");
        table.addColumn(y -> y.fiscalYear().toString()).setHeader(getTranslation("col.year"));
        table.addColumn(y -> "%,d".formatted(y.agencies())).setHeader(getTranslation("col.agencies"));
        table.addColumn(y -> fmt(y.mean())).setHeader(getTranslation("col.mean"));
        table.addColumn(y -> fmt(y.median())).setHeader(getTranslation("col.median"));
        table.addColumn(y -> fmt(100 * y.passShare())).setHeader(getTranslation("col.pass"));
        table.setItems(series);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new H2(getTranslation("table.trend.title")), table);
        setMaxWidth("1100px");
    }

    private Line trendChart(List<YearSummary> series) {
        String[] years = series.stream().map(y -> y.fiscalYear().toString()).toArray(String[]::new);
        Number[] means = series.stream().map(y -> round2(y.mean())).toArray(Number[]::new);
        Number[] pass = series.stream().map(y -> round2(100 * y.passShare())).toArray(Number[]::new);
        String meanName = getTranslation("series.mean");
        String passName = getTranslation("series.pass");
        return new Line()
                .setTitle(new Title().setText(getTranslation("chart.trend.title"))
                        .setSubtext(getTranslation("chart.trend.subtitle")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setData(new String[] {meanName, passName}).setBottom(0))
                .addXAxis(new CategoryAxis().setName(getTranslation("axis.year")).setData(years))
                .addYAxis(new ValueAxis().setMin(0).setMax(100))
                .addSeries(new LineSeries().setName(meanName).setData(means)
                        .setMarkLine(line(getTranslation("line.passmark"), 85, "#2e7d32")))
                .addSeries(new LineSeries().setName(passName).setData(pass)
                        .setMarkLine(line(getTranslation("line.target"), 80, "#c62828")));
    }

    private static MarkLine line(String label, double y, String colour) {
        return new MarkLine().setSymbol("none").setData(new MarkLine1DDataItem[] {
                new MarkLine1DDataItem().setName(label).setYAxis(y)
                        .setLineStyle(new LineStyle().setType("dashed").setColor(colour))
                        .setLabel(new SeriesLineLabel().setFormatter(label))});
    }

    private static Div kpi(String id, String label, String value) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("kpi");
        Span v = new Span(value);
        v.addClassName("value");
        Span l = new Span(label);
        l.addClassName("label");
        box.add(v, l);
        return box;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

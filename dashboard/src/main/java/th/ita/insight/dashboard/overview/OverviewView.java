package th.ita.insight.dashboard.overview;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.icepear.echarts.Bar;
import org.icepear.echarts.Boxplot;
import org.icepear.echarts.Line;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.boxplot.BoxplotSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.national.Mover;
import th.ita.insight.analytics.national.ScopeAnalyses;
import th.ita.insight.analytics.national.ScopeSummary;
import th.ita.insight.analytics.national.WeakIndicatorFrequency;
import th.ita.insight.analytics.province.Province;
import th.ita.insight.analytics.province.ProvinceComparison;
import th.ita.insight.analytics.province.ProvinceStanding;
import th.ita.insight.analytics.trend.Scope;
import th.ita.insight.analytics.trend.TrendQueries;
import th.ita.insight.analytics.trend.YearSummary;
import th.ita.insight.dashboard.chart.ChartOptions;
import th.ita.insight.dashboard.chart.ChartPanel;
import th.ita.insight.dashboard.chart.TableData;
import th.ita.insight.dashboard.security.AccessPolicy;
import th.ita.insight.dashboard.shell.Filters;
import th.ita.insight.dashboard.shell.KeptTop;
import th.ita.insight.dashboard.shell.Widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static th.ita.insight.dashboard.chart.ChartOptions.round2;
import static th.ita.insight.dashboard.chart.ChartOptions.two;

/** Executive overview (ภาพรวมผู้บริหาร): the chosen year and scope against the years before and the target. */
@Route("")
@jakarta.annotation.security.PermitAll
@PageTitle("ITA Insight")
class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> REGIONS = List.of("central", "east", "northeast", "north", "west", "south");
    private static final List<String> TYPES = List.of("PAO", "CITY_MUNICIPALITY", "TOWN_MUNICIPALITY",
            "SUBDISTRICT_MUNICIPALITY", "SAO", "BANGKOK", "PATTAYA");

    private final TrendQueries trends;
    private final ScopeAnalyses scopes;
    private final ProvinceComparison provinces;
    private final Methodology methodology;
    private final AccessPolicy policy;

    private final th.ita.insight.analytics.measures.MeasureEffects effects;
    private final KeptTop top = new KeptTop();
    private Select<Integer> yearSelect;
    private Select<String> scopeSelect;
    /** The URL the view shows now: the kept filters' listeners navigate from it. */
    private Location location;

    OverviewView(AccessPolicy policy, TrendQueries trends, ScopeAnalyses scopes, ProvinceComparison provinces, Methodology methodology,
                 th.ita.insight.analytics.measures.MeasureEffects effects) {
        this.effects = effects;
        this.trends = trends;
        this.scopes = scopes;
        this.provinces = provinces;
        this.methodology = methodology;
        this.policy = policy;
        setMaxWidth("1200px");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Location location = event.getLocation();
        this.location = location;
        List<FiscalYear> years = trends.yearsWithData();
        if (years.isEmpty()) {
            top.clear(this);
            add(new H1(getTranslation("overview.title")), new Paragraph(getTranslation("overview.empty")));
            return;
        }
        FiscalYear year = Widgets.year(location, years);
        List<Province> visible = policy.visible(provinces.all());
        String scopeParam = Filters.get(location, "scope")
                .orElse(policy.restrictedToProvinces() && !visible.isEmpty() ? "province:" + visible.getFirst().code() : "nation");
        Scope scope = parseScope(scopeParam);
        // supervisors see their provinces only: any other scope in the URL is refused on the server
        if (policy.restrictedToProvinces() && (scope.kind() != Scope.Kind.PROVINCE || !policy.mayViewProvince(scope.value()))) {
            top.clear(this);
            add(new H1(getTranslation("overview.title")), Widgets.message("no-access", getTranslation("access.denied.scope")));
            return;
        }
        List<String> options = scopeOptions();
        if (!top.keepOrClear(this, years + "|" + options + "|" + getLocale())) {
            H1 title = new H1(getTranslation("overview.title"));
            HorizontalLayout bar = filters(years, options);
            add(title, bar);
            top.remember(years + "|" + options + "|" + getLocale(), title, bar);
        }
        yearSelect.setValue(year.buddhistEra());
        scopeSelect.setValue(options.contains(scopeParam) ? scopeParam : options.getFirst());

        Optional<ScopeSummary> found = scopes.summary(scope, year, 10);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("overview.no-data", year));
            none.setId("no-data");
            add(none);
            return;
        }
        ScopeSummary s = found.get();
        if (s.series().stream().anyMatch(YearSummary::containsSynthetic)) {
            Span note = new Span(getTranslation("data.synthetic"));
            note.addClassName("synthetic-note");
            note.setId("synthetic-note");
            add(note);
        }
        add(kpis(s));
        String note = getTranslation("chart.note");
        add(trendPanel(s, note), bandPanel(scope, note), distributionPanel(s, note), indicatorPanel(s, note), moversPanel(s, note));
        if (scope.kind() == Scope.Kind.NATION || scope.kind() == Scope.Kind.REGION) {
            add(mapPanel(scope, year, note), provincePanel(scope, year, note));
        }
        if (scope.kind() == Scope.Kind.NATION) {
            List<th.ita.insight.analytics.measures.MeasureEffects.Effect> measured = effects.byIndicator();
            if (!measured.isEmpty()) {
                add(effectsPanel(measured, note));
            }
        }
    }

    /** Did the measures work? Every year pooled; an association, and the title says so. */
    private ChartPanel effectsPanel(List<th.ita.insight.analytics.measures.MeasureEffects.Effect> found, String note) {
        String[] labels = found.stream().map(e -> getTranslation("col.indicator") + " " + e.indicator()).toArray(String[]::new);
        Bar chart = new Bar()
                .setTitle(new Title().setText(getTranslation("chart.effects.title")).setSubtext(getTranslation("chart.effects.subtitle")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .addXAxis(new CategoryAxis().setData(labels))
                .addYAxis(new ValueAxis().setName(getTranslation("chart.effects.axis")))
                .addSeries(new BarSeries().setName(getTranslation("chart.effects.axis"))
                        .setData(found.stream().map(e -> (Number) e.difference()).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(false, new ChartOptions.Line(getTranslation("chart.effects.zero"), 0, ChartOptions.WEAK_COLOUR))));
        List<List<String>> rows = found.stream().map(e -> List.of(String.valueOf(e.indicator()), String.valueOf(e.treated()),
                String.valueOf(e.control()), two(e.meanChangeTreated()), two(e.meanChangeControl()), two(e.difference()),
                two(e.ciLow()) + " – " + two(e.ciHigh()), String.valueOf(e.pValue()))).toList();
        return new ChartPanel("measure-effects", getTranslation("chart.effects.title"), note + " · " + getTranslation("chart.effects.note"), chart,
                new TableData(List.of(getTranslation("col.indicator"), getTranslation("effects.col.treated"), getTranslation("effects.col.control"),
                        getTranslation("effects.col.change.treated"), getTranslation("effects.col.change.control"),
                        getTranslation("effects.col.difference"), getTranslation("effects.col.ci"), "p"), rows),
                getTranslation("table.show"), getTranslation("table.download"), "360px");
    }

    /** The scopes this user may choose: the nation, regions and agency types unless bound to provinces, and provinces. */
    private List<String> scopeOptions() {
        List<String> options = new ArrayList<>();
        if (!policy.restrictedToProvinces()) {
            options.add("nation");
            REGIONS.forEach(r -> options.add("region:" + r));
            TYPES.forEach(t -> options.add("type:" + t));
        }
        policy.visible(provinces.all()).forEach(p -> options.add("province:" + p.code()));
        return options;
    }

    /** The year and scope filters; kept while the user changes them (their listeners read the current location). */
    private HorizontalLayout filters(List<FiscalYear> years, List<String> options) {
        yearSelect = Widgets.yearSelect("year-filter", getTranslation("filter.year"),
                years.stream().map(FiscalYear::buddhistEra).toList(), years.getLast().buddhistEra(),
                y -> navigate(location, "year", String.valueOf(y)));
        scopeSelect = new Select<>();
        scopeSelect.setId("scope-filter");
        scopeSelect.setLabel(getTranslation("filter.scope"));
        Map<String, String> provinceNames = new java.util.HashMap<>();
        for (Province p : provinces.all()) {
            provinceNames.put(p.code(), english() ? p.nameEn() : p.nameTh());
        }
        scopeSelect.setItemLabelGenerator(o -> scopeLabel(o, provinceNames));
        scopeSelect.setItems(options);
        scopeSelect.setValue(options.getFirst());
        scopeSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(location, "scope", e.getValue().equals("nation") ? "" : e.getValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(yearSelect, scopeSelect);
        bar.addClassName("filters");
        return bar;
    }

    private String scopeLabel(String option, Map<String, String> provinceNames) {
        if (option.equals("nation")) {
            return getTranslation("scope.nation");
        }
        String[] kv = option.split(":", 2);
        return switch (kv[0]) {
            case "region" -> getTranslation("scope.region") + " " + getTranslation("region." + kv[1]);
            case "type" -> getTranslation("type." + kv[1]);
            default -> getTranslation("scope.province") + provinceNames.getOrDefault(kv[1], kv[1]);
        };
    }

    private static Scope parseScope(String p) {
        String[] kv = p.split(":", 2);
        if (kv.length < 2) {
            return Scope.nation();
        }
        return switch (kv[0]) {
            case "region" -> Scope.region(kv[1]);
            case "province" -> Scope.province(kv[1]);
            case "type" -> Scope.agencyType(kv[1]);
            default -> Scope.nation();
        };
    }

    private void navigate(Location location, String key, String value) {
        UI.getCurrent().navigate(OverviewView.class, Filters.with(location, Map.of(key, value)));
    }

    private FlexLayout kpis(ScopeSummary s) {
        YearSummary y = s.year();
        Optional<YearSummary> previous = s.series().stream()
                .filter(p -> p.fiscalYear().buddhistEra() == y.fiscalYear().buddhistEra() - 1).findFirst();
        String change = previous.map(p -> String.format(Locale.ROOT, "%+.2f", y.mean() - p.mean())).orElse("—");
        FlexLayout kpis = new FlexLayout(
                Widgets.kpi("kpi-agencies", getTranslation("kpi.agencies", y.fiscalYear()), "%,d".formatted(y.agencies())),
                Widgets.kpi("kpi-mean", getTranslation("kpi.mean", y.fiscalYear()), two(y.mean())),
                Widgets.kpi("kpi-median", getTranslation("kpi.median"), two(y.median())),
                Widgets.kpi("kpi-pass", getTranslation("kpi.pass", y.fiscalYear()), two(100 * y.passShare()) + " %"),
                Widgets.kpi("kpi-target", getTranslation("kpi.target"), getTranslation(s.meetsTarget() ? "kpi.target.met" : "kpi.target.missed",
                        two(100 * s.targetPassShare()))),
                Widgets.kpi("kpi-below", getTranslation("kpi.below"), "%,d".formatted(y.belowPass())),
                Widgets.kpi("kpi-change", getTranslation("kpi.change"), change));
        kpis.addClassName("kpis");
        return kpis;
    }


    private ChartPanel trendPanel(ScopeSummary s, String note) {
        List<YearSummary> series = s.series();
        String[] years = series.stream().map(y -> y.fiscalYear().toString()).toArray(String[]::new);
        String meanName = getTranslation("series.mean");
        String passName = getTranslation("series.pass");
        Line chart = new Line()
                .setTitle(new Title().setText(getTranslation("chart.trend.title")).setSubtext(getTranslation("chart.trend.subtitle")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setData(new String[] {meanName, passName}).setBottom(0))
                .addXAxis(new CategoryAxis().setName(getTranslation("axis.year")).setData(years))
                .addYAxis(new ValueAxis().setMin(0).setMax(100))
                .addSeries(new LineSeries().setName(meanName)
                        .setData(series.stream().map(y -> round2(y.mean())).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(false, new ChartOptions.Line(getTranslation("line.passmark"), 85, ChartOptions.PASS_COLOUR))))
                .addSeries(new LineSeries().setName(passName)
                        .setData(series.stream().map(y -> round2(100 * y.passShare())).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(false, new ChartOptions.Line(getTranslation("line.target"), 80, ChartOptions.WEAK_COLOUR))));
        List<List<String>> rows = series.stream().map(y -> List.of(y.fiscalYear().toString(), "%d".formatted(y.agencies()),
                two(y.mean()), two(y.median()), two(100 * y.passShare()))).toList();
        return new ChartPanel("trend", getTranslation("chart.trend.title"), note, chart,
                new TableData(List.of(getTranslation("col.year"), getTranslation("col.agencies"), getTranslation("col.mean"),
                        getTranslation("col.median"), getTranslation("col.pass")), rows),
                getTranslation("table.show"), getTranslation("table.download"), "360px");
    }

    private ChartPanel bandPanel(Scope scope, String note) {
        Map<FiscalYear, Map<String, Integer>> bands = trends.bandCounts(scope);
        List<FiscalYear> years = new ArrayList<>(bands.keySet());
        List<String> names = years.isEmpty() ? List.of() : new ArrayList<>(bands.get(years.getFirst()).keySet());
        Bar chart = new Bar()
                .setTitle(new Title().setText(getTranslation("chart.bands.title")).setSubtext(getTranslation("chart.bands.subtitle")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setBottom(0))
                .addXAxis(new CategoryAxis().setName(getTranslation("axis.year")).setData(years.stream().map(FiscalYear::toString).toArray(String[]::new)))
                .addYAxis(new ValueAxis().setName(getTranslation("axis.agencies")));
        for (String band : names) {
            chart.addSeries(new BarSeries().setName(band).setStack("bands")
                    .setData(years.stream().map(y -> (Number) bands.get(y).getOrDefault(band, 0)).toArray(Number[]::new)));
        }
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("col.year"));
        headers.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (FiscalYear y : years) {
            List<String> row = new ArrayList<>();
            row.add(y.toString());
            names.forEach(b -> row.add(String.valueOf(bands.get(y).getOrDefault(b, 0))));
            rows.add(row);
        }
        return new ChartPanel("bands", getTranslation("chart.bands.title"), note, chart, new TableData(headers, rows),
                getTranslation("table.show"), getTranslation("table.download"), "340px");
    }

    private ChartPanel distributionPanel(ScopeSummary s, String note) {
        List<YearSummary> series = s.series();
        Number[][] boxes = series.stream().map(y -> new Number[] {round2(y.min()), round2(y.q1()), round2(y.median()),
                round2(y.q3()), round2(y.max())}).toArray(Number[][]::new);
        Boxplot chart = new Boxplot()
                .setTitle(new Title().setText(getTranslation("chart.dist.title")).setSubtext(getTranslation("chart.dist.subtitle")))
                .setTooltip(new Tooltip().setTrigger("item"))
                .addXAxis(new CategoryAxis().setName(getTranslation("axis.year")).setData(series.stream().map(y -> y.fiscalYear().toString()).toArray(String[]::new)))
                .addYAxis(new ValueAxis().setMin(0).setMax(100))
                .addSeries(new BoxplotSeries().setName(getTranslation("series.total")).setData(boxes)
                        .setMarkLine(ChartOptions.lines(false, new ChartOptions.Line(getTranslation("line.passmark"), 85, ChartOptions.PASS_COLOUR))));
        List<List<String>> rows = series.stream().map(y -> List.of(y.fiscalYear().toString(), two(y.min()), two(y.q1()),
                two(y.median()), two(y.q3()), two(y.max()))).toList();
        return new ChartPanel("distribution", getTranslation("chart.dist.title"), note, chart,
                new TableData(List.of(getTranslation("col.year"), "min", "Q1", getTranslation("col.median"), "Q3", "max"), rows),
                getTranslation("table.show"), getTranslation("table.download"), "340px");
    }

    private ChartPanel indicatorPanel(ScopeSummary s, String note) {
        List<WeakIndicatorFrequency> byIndicator = s.weakIndicators().stream()
                .sorted(java.util.Comparator.comparingInt(WeakIndicatorFrequency::indicator)).toList();
        String[] labels = byIndicator.stream().map(w -> w.indicator() + ". " + indicatorName(w.indicator(), w.nameTh(), s.fiscalYear()))
                .toArray(String[]::new);
        Bar chart = new Bar()
                .setTitle(new Title().setText(getTranslation("chart.indicators.title", s.fiscalYear())).setSubtext(getTranslation("chart.indicators.subtitle")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .addXAxis(new CategoryAxis().setData(labels).setAxisLabel(java.util.Map.of("interval", 0, "rotate", 30)))
                .addYAxis(new ValueAxis().setMin(0).setMax(100))
                .addSeries(new BarSeries().setName(getTranslation("col.mean"))
                        .setData(byIndicator.stream().map(w -> (Number) w.meanScore()).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(false,
                                new ChartOptions.Line(getTranslation("line.weak"), 80, ChartOptions.WEAK_COLOUR),
                                new ChartOptions.Line(getTranslation("line.passmark"), 85, ChartOptions.PASS_COLOUR))));
        List<List<String>> rows = byIndicator.stream().map(w -> List.of(String.valueOf(w.indicator()),
                indicatorName(w.indicator(), w.nameTh(), s.fiscalYear()), two(w.meanScore()), String.valueOf(w.belowThreshold()),
                two(100 * w.share()), two(w.meanGap()))).toList();
        return new ChartPanel("indicators", getTranslation("chart.indicators.title", s.fiscalYear()), note, chart,
                new TableData(List.of(getTranslation("col.indicator"), getTranslation("col.name"), getTranslation("col.mean"),
                        getTranslation("col.below80"), getTranslation("col.below80.share"), getTranslation("col.gap")), rows),
                getTranslation("table.show"), getTranslation("table.download"), "380px");
    }

    private ChartPanel moversPanel(ScopeSummary s, String note) {
        List<Mover> movers = new ArrayList<>(s.rises());
        movers.addAll(s.falls());
        String[] names = movers.stream().map(m -> m.nameTh() + " (" + m.province() + ")").toArray(String[]::new);
        Bar chart = new Bar()
                .setTitle(new Title().setText(getTranslation("chart.movers.title", s.fiscalYear())))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .addXAxis(new ValueAxis().setName(getTranslation("axis.points")))
                .addYAxis(new CategoryAxis().setData(names).setInverse(true))
                .addSeries(new BarSeries().setName(getTranslation("col.change"))
                        .setData(movers.stream().map(m -> (Number) m.change()).toArray(Number[]::new)));
        chart.getOption().setGrid(new org.icepear.echarts.components.grid.Grid().setLeft(260).setRight(30));
        List<List<String>> rows = movers.stream().map(m -> List.of(m.agencyCode(), m.nameTh(), m.province(),
                two(m.previousTotal()), two(m.total()), String.format(Locale.ROOT, "%+.2f", m.change()))).toList();
        return new ChartPanel("movers", getTranslation("chart.movers.title", s.fiscalYear()), note, chart,
                new TableData(List.of(getTranslation("col.code"), getTranslation("col.name"), getTranslation("col.province"),
                        getTranslation("col.previous"), getTranslation("col.total"), getTranslation("col.change")), rows),
                getTranslation("table.show"), getTranslation("table.download"), "520px");
    }

    private ChartPanel mapPanel(Scope scope, FiscalYear year, String note) {
        List<ProvinceStanding> standings = provinces.standings(year).stream()
                .filter(p -> scope.kind() != Scope.Kind.REGION || p.region().equals(scope.value())).toList();
        Map<String, String> labels = new java.util.HashMap<>();
        provinces.all().forEach(p -> labels.put(p.code(), english() ? p.nameEn() : p.nameTh()));
        String title = getTranslation("chart.map.title", year);
        String json = ProvinceMap.option(title, standings, p -> labels.get(p.provinceCode()), labels,
                english() ? "thailand-en" : "thailand-th");
        List<List<String>> rows = standings.stream().map(p -> List.of(p.provinceCode(), labels.get(p.provinceCode()),
                String.valueOf(p.agencies()), two(p.mean()), two(100 * p.passShare()))).toList();
        return new ChartPanel("province-map", title, note + " · " + getTranslation("chart.map.credit"), json,
                new TableData(List.of(getTranslation("col.code"), getTranslation("col.province"), getTranslation("col.agencies"),
                        getTranslation("col.mean"), getTranslation("col.pass")), rows),
                getTranslation("table.show"), getTranslation("table.download"), "640px");
    }

    private ChartPanel provincePanel(Scope scope, FiscalYear year, String note) {
        List<ProvinceStanding> standings = provinces.standings(year).stream()
                .filter(p -> scope.kind() != Scope.Kind.REGION || p.region().equals(scope.value())).toList();
        String[] names = standings.stream().map(p -> english() ? p.nameEn() : p.nameTh()).toArray(String[]::new);
        Bar chart = new Bar()
                .setTitle(new Title().setText(getTranslation("chart.provinces.title", year)))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setBottom(0))
                .addXAxis(new ValueAxis().setMin(0).setMax(100))
                .addYAxis(new CategoryAxis().setData(names).setInverse(true).setAxisLabel(java.util.Map.of("interval", 0)))
                .addSeries(new BarSeries().setName(getTranslation("col.mean"))
                        .setData(standings.stream().map(p -> (Number) p.mean()).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(true, new ChartOptions.Line(getTranslation("line.passmark"), 85, ChartOptions.PASS_COLOUR))))
                .addSeries(new BarSeries().setName(getTranslation("col.pass"))
                        .setData(standings.stream().map(p -> (Number) round2(100 * p.passShare())).toArray(Number[]::new)));
        chart.getOption().setGrid(new org.icepear.echarts.components.grid.Grid().setLeft(140).setRight(30));
        List<List<String>> rows = standings.stream().map(p -> List.of(String.valueOf(p.rankByMean()), english() ? p.nameEn() : p.nameTh(),
                String.valueOf(p.agencies()), two(p.mean()), two(100 * p.passShare()), String.valueOf(p.rankByPassShare()))).toList();
        return new ChartPanel("provinces", getTranslation("chart.provinces.title", year), note, chart,
                new TableData(List.of(getTranslation("col.rank"), getTranslation("col.province"), getTranslation("col.agencies"),
                        getTranslation("col.mean"), getTranslation("col.pass"), getTranslation("col.rank.pass")), rows),
                getTranslation("table.show"), getTranslation("table.download"), Math.max(400, 22 * standings.size()) + "px");
    }

    private String indicatorName(int indicator, String nameTh, FiscalYear year) {
        return english() ? methodology.require(year).indicator(indicator).nameEn() : nameTh;
    }

    private boolean english() {
        return getLocale() != null && getLocale().getLanguage().equals("en");
    }
}

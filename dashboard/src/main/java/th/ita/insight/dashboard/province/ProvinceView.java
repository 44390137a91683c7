package th.ita.insight.dashboard.province;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.icepear.echarts.Boxplot;
import org.icepear.echarts.Heatmap;
import org.icepear.echarts.Radar;
import org.icepear.echarts.charts.boxplot.BoxplotSeries;
import org.icepear.echarts.charts.heatmap.HeatmapSeries;
import org.icepear.echarts.charts.radar.RadarDataItem;
import org.icepear.echarts.charts.radar.RadarSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.coord.radar.RadarIndicator;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.components.visualMap.PiecewiseVisualMap;
import org.icepear.echarts.components.visualMap.VisualPiece;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.analysis.AgencyComparison;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.province.Province;
import th.ita.insight.analytics.province.ProvinceAgency;
import th.ita.insight.analytics.province.ProvinceComparison;
import th.ita.insight.analytics.province.ProvinceStanding;
import th.ita.insight.analytics.satisfaction.SatisfactionAnalyses;
import th.ita.insight.analytics.trend.TrendQueries;
import th.ita.insight.dashboard.chart.ChartOptions;
import th.ita.insight.dashboard.chart.ChartPanel;
import th.ita.insight.dashboard.chart.TableData;
import th.ita.insight.dashboard.security.AccessPolicy;
import th.ita.insight.dashboard.shell.Filters;
import th.ita.insight.dashboard.shell.KeptTop;
import th.ita.insight.dashboard.shell.Widgets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static th.ita.insight.dashboard.chart.ChartOptions.two;

/**
 * Province comparison for supervisors (เปรียบเทียบในจังหวัด):
 * /province?code=31&year=2564&type=SAO&status=failed&district=…&compare=a,b,c — every choice is in the URL.
 */
@Route("province")
@jakarta.annotation.security.PermitAll
@PageTitle("ITA Insight")
class ProvinceView extends VerticalLayout implements BeforeEnterObserver {

    private static final int HEATMAP_ROWS = 60;

    private final ProvinceComparison provinces;
    private final AgencyComparison comparison;
    private final TrendQueries trends;
    private final AccessPolicy policy;
    private final SatisfactionAnalyses satisfaction;
    private final KeptTop top = new KeptTop();
    private Select<Province> provinceSelect;
    private Select<Integer> yearSelect;
    /** The URL the view shows now: the kept filters' listeners navigate from it. */
    private Location location;

    ProvinceView(AccessPolicy policy, ProvinceComparison provinces, AgencyComparison comparison, TrendQueries trends,
                 SatisfactionAnalyses satisfaction) {
        this.satisfaction = satisfaction;
        this.provinces = provinces;
        this.comparison = comparison;
        this.trends = trends;
        this.policy = policy;
        setMaxWidth("1300px");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Location location = event.getLocation();
        this.location = location;
        List<FiscalYear> years = trends.yearsWithData();
        if (years.isEmpty()) {
            top.clear(this);
            add(new H1(getTranslation("province.title")), new Paragraph(getTranslation("overview.empty")));
            return;
        }
        FiscalYear year = Widgets.year(location, years);
        Optional<Province> province = Filters.get(location, "code").flatMap(provinces::find);
        List<Province> choices = policy.visible(provinces.all()).stream().sorted(Comparator.comparing(Province::nameTh)).toList();
        String topKey = years + "|" + choices.stream().map(Province::code).toList() + "|" + getLocale();
        if (!top.keepOrClear(this, topKey)) {
            H1 title = new H1(getTranslation("province.title"));
            HorizontalLayout bar = provinceFilters(years, choices);
            add(title, bar);
            top.remember(topKey, title, bar);
        }
        yearSelect.setValue(year.buddhistEra());
        province.flatMap(c -> choices.stream().filter(x -> x.code().equals(c.code())).findFirst())
                .ifPresentOrElse(provinceSelect::setValue, provinceSelect::clear);
        if (province.isEmpty()) {
            add(Filters.get(location, "code").isPresent()
                    ? Widgets.message("not-found", getTranslation("province.not-found", Filters.get(location, "code").get()))
                    : Widgets.message("province-hint", getTranslation("province.hint")));
            return;
        }
        Province p = province.get();
        if (!policy.mayViewProvince(p.code())) {
            add(Widgets.message("no-access", getTranslation("access.denied.province", english() ? p.nameEn() : p.nameTh())));
            return;
        }
        Optional<ProvinceStanding> standing = provinces.standings(year).stream()
                .filter(s -> s.provinceCode().equals(p.code())).findFirst();
        List<ProvinceAgency> all = provinces.agencies(p.code(), year);
        if (standing.isEmpty() || all.isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-data", year)));
            return;
        }
        if (all.stream().anyMatch(ProvinceAgency::synthetic)) {
            Span note = new Span(getTranslation("data.synthetic"));
            note.addClassName("synthetic-note");
            note.setId("synthetic-note");
            add(note);
        }
        add(standingKpis(standing.get()));

        String type = Filters.get(location, "type").orElse("");
        String district = Filters.get(location, "district").orElse("");
        String status = Filters.get(location, "status").orElse("");
        List<ProvinceAgency> shown = all.stream()
                .filter(a -> type.isEmpty() || a.agencyType().equals(type))
                .filter(a -> district.isEmpty() || district.equals(a.district()))
                .filter(a -> switch (status) {
                    case "passed" -> a.passed();
                    case "failed" -> !a.passed();
                    case "fell" -> a.fellThisYear();
                    default -> true;
                }).toList();
        add(tableFilters(location, all, type, district, status));
        List<String> compare = Filters.get(location, "compare").map(s -> Arrays.stream(s.split(",")).filter(AgencyCode::isValid)
                .distinct().limit(AgencyComparison.MAX_AGENCIES).toList()).orElse(List.of());
        add(agencyGrid(location, shown, compare));
        String note = getTranslation("chart.note");
        if (compare.size() >= AgencyComparison.MIN_AGENCIES) {
            add(comparePanel(compare, year, note));
        }
        add(heatmapPanel(p, year, shown, note));
        add(typePanel(all, note));
        List<SatisfactionAnalyses.AgencyPoint> points = satisfaction.provincePoints(p.code(), year);
        if (!points.isEmpty()) {
            add(satisfactionPanel(points, year, note));
        }
    }

    /** The province and year filters; kept while the user changes them (their listeners read the current location). */
    private HorizontalLayout provinceFilters(List<FiscalYear> years, List<Province> choices) {
        provinceSelect = new Select<>();
        provinceSelect.setId("province-filter");
        provinceSelect.setLabel(getTranslation("filter.province"));
        provinceSelect.setItemLabelGenerator(pr -> english() ? pr.nameEn() : pr.nameTh());
        provinceSelect.setItems(choices);
        provinceSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(Filters.with(location, params("code", e.getValue().code(), "district", "", "compare", "")));
            }
        });
        yearSelect = Widgets.yearSelect("year-filter", getTranslation("filter.year"),
                years.stream().map(FiscalYear::buddhistEra).toList(), years.getLast().buddhistEra(),
                y -> go(Filters.with(location, Map.of("year", String.valueOf(y)))));
        return new HorizontalLayout(provinceSelect, yearSelect);
    }

    private HorizontalLayout tableFilters(Location location, List<ProvinceAgency> all, String type, String district, String status) {
        Select<String> typeSelect = new Select<>();
        typeSelect.setId("type-filter");
        typeSelect.setLabel(getTranslation("filter.type"));
        List<String> types = new ArrayList<>(List.of(""));
        all.stream().map(ProvinceAgency::agencyType).distinct().sorted().forEach(types::add);
        typeSelect.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("filter.all") : getTranslation("type." + t));
        typeSelect.setItems(types);
        typeSelect.setValue(types.contains(type) ? type : "");
        typeSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(Filters.with(location, Map.of("type", e.getValue())));
            }
        });
        Select<String> districtSelect = new Select<>();
        districtSelect.setId("district-filter");
        districtSelect.setLabel(getTranslation("filter.district"));
        List<String> districts = new ArrayList<>(List.of(""));
        all.stream().map(ProvinceAgency::district).filter(d -> d != null && !d.isBlank()).distinct().sorted().forEach(districts::add);
        districtSelect.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("filter.all") : d);
        districtSelect.setItems(districts);
        districtSelect.setValue(districts.contains(district) ? district : "");
        districtSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(Filters.with(location, Map.of("district", e.getValue())));
            }
        });
        Select<String> statusSelect = new Select<>();
        statusSelect.setId("status-filter");
        statusSelect.setLabel(getTranslation("filter.status"));
        statusSelect.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("filter.all") : getTranslation("status." + s));
        statusSelect.setItems("", "passed", "failed", "fell");
        statusSelect.setValue(List.of("passed", "failed", "fell").contains(status) ? status : "");
        statusSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(Filters.with(location, Map.of("status", e.getValue())));
            }
        });
        return new HorizontalLayout(typeSelect, districtSelect, statusSelect);
    }

    private Div agencyGrid(Location location, List<ProvinceAgency> shown, List<String> compare) {
        Grid<ProvinceAgency> grid = new Grid<>();
        grid.setId("province-agencies");
        // fixed widths: auto-sized columns make the browser measure every rendered row before the first paint
        grid.addColumn(ProvinceAgency::rankInProvince).setHeader(getTranslation("col.rank")).setSortable(true).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(ProvinceAgency::agencyCode).setHeader(getTranslation("col.code")).setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ProvinceAgency>of("<a href=${item.href}>${item.name}</a>")
                        .withProperty("href", a -> "/agency?code=" + a.agencyCode() + "&year=" + currentYear(location)
                                + (english() ? "&lang=en" : ""))
                        .withProperty("name", ProvinceAgency::nameTh))
                .setHeader(getTranslation("col.name")).setComparator(ProvinceAgency::nameTh).setSortable(true).setWidth("18rem").setFlexGrow(0);
        grid.addColumn(a -> getTranslation("type." + a.agencyType())).setHeader(getTranslation("col.type")).setSortable(true);
        grid.addColumn(ProvinceAgency::district).setHeader(getTranslation("col.district")).setSortable(true);
        grid.addColumn(a -> two(a.total())).setHeader(getTranslation("col.total")).setComparator(ProvinceAgency::total)
                .setSortable(true).setKey("total");
        grid.addColumn(ProvinceAgency::rating).setHeader(getTranslation("col.band")).setSortable(true);
        grid.addColumn(a -> a.change().isPresent() ? String.format(Locale.ROOT, "%+.2f", a.change().getAsDouble()) : "")
                .setHeader(getTranslation("col.change")).setComparator(a -> a.change().orElse(0)).setSortable(true).setKey("change");
        grid.addColumn(ProvinceAgency::indicatorsBelowThreshold).setHeader(getTranslation("col.below80")).setSortable(true);
        grid.addColumn(a -> two(a.percentileTypeNational())).setHeader(getTranslation("col.percentile"))
                .setComparator(ProvinceAgency::percentileTypeNational).setSortable(true);
        grid.setItems(shown);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Set<String> chosen = Set.copyOf(compare);
        shown.stream().filter(a -> chosen.contains(a.agencyCode())).forEach(grid::select);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("480px");
        Button compareButton = new Button(getTranslation("province.compare"), e -> {
            List<String> codes = grid.getSelectedItems().stream().map(ProvinceAgency::agencyCode).sorted().toList();
            if (codes.size() < AgencyComparison.MIN_AGENCIES || codes.size() > AgencyComparison.MAX_AGENCIES) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation("province.compare.limits"));
                return;
            }
            go(Filters.with(location, Map.of("compare", String.join(",", codes))));
        });
        compareButton.setId("compare-button");
        Span count = new Span(getTranslation("province.count", shown.size()));
        count.setId("agency-count");
        Div box = new Div(new H3(getTranslation("province.agencies")), count, grid, compareButton);
        box.setWidthFull();
        return box;
    }

    private ChartPanel comparePanel(List<String> codes, FiscalYear year, String note) {
        List<AgencyComparison.Cell> cells = comparison.compare(codes.stream().map(AgencyCode::new).toList()).stream()
                .filter(c -> c.fiscalYear() == year.buddhistEra()).toList();
        Map<String, Map<Integer, Double>> byAgency = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AgencyComparison.Cell c : cells) {
            byAgency.computeIfAbsent(c.agencyCode(), k -> new TreeMap<>()).put(c.indicator(), c.score());
            names.put(c.agencyCode(), c.nameTh());
        }
        RadarIndicator[] axes = new RadarIndicator[10];
        for (int k = 1; k <= 10; k++) {
            axes[k - 1] = new RadarIndicator().setName(getTranslation("col.indicator") + " " + k).setMax(100).setMin(0);
        }
        Radar chart = new Radar()
                .setTitle(new Title().setText(getTranslation("chart.compare", year)))
                .setTooltip(new Tooltip().setTrigger("item"))
                .setLegend(new Legend().setType("scroll").setBottom(0))
                .setRadarAxis(axes);
        List<RadarDataItem> items = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Double>> e : byAgency.entrySet()) {
            Number[] values = new Number[10];
            for (int k = 1; k <= 10; k++) {
                values[k - 1] = e.getValue().get(k);
            }
            items.add(new RadarDataItem().setName(names.get(e.getKey())).setValue(values));
            List<String> row = new ArrayList<>();
            row.add(e.getKey());
            row.add(names.get(e.getKey()));
            row.add(e.getValue().containsKey(0) ? two(e.getValue().get(0)) : "");
            for (int k = 1; k <= 10; k++) {
                row.add(e.getValue().containsKey(k) ? two(e.getValue().get(k)) : "");
            }
            rows.add(row);
        }
        chart.addSeries(new RadarSeries().setName(getTranslation("chart.compare", year)).setData(items.toArray(RadarDataItem[]::new)));
        List<String> headers = new ArrayList<>(List.of(getTranslation("col.code"), getTranslation("col.name"), getTranslation("col.total")));
        for (int k = 1; k <= 10; k++) {
            headers.add(getTranslation("col.indicator") + " " + k);
        }
        return new ChartPanel("compare", getTranslation("chart.compare", year), note, chart, new TableData(headers, rows),
                getTranslation("table.show"), getTranslation("table.download"), "440px").showTable();
    }

    private ChartPanel heatmapPanel(Province p, FiscalYear year, List<ProvinceAgency> shown, String note) {
        List<ProvinceAgency> rowsShown = shown.stream().sorted(Comparator.comparingDouble(ProvinceAgency::total))
                .limit(HEATMAP_ROWS).toList();
        Map<String, Integer> rowIndex = new LinkedHashMap<>();
        for (ProvinceAgency a : rowsShown) {
            rowIndex.put(a.agencyCode(), rowIndex.size());
        }
        List<Number[]> data = new ArrayList<>();
        Map<String, double[]> table = new LinkedHashMap<>();
        for (ProvinceComparison.IndicatorCell c : provinces.indicatorMatrix(p.code(), year)) {
            Integer row = rowIndex.get(c.agencyCode());
            if (row != null) {
                data.add(new Number[] {c.indicator() - 1, row, c.score()});
                table.computeIfAbsent(c.agencyCode(), k -> new double[10])[c.indicator() - 1] = c.score();
            }
        }
        String[] xs = new String[10];
        for (int k = 1; k <= 10; k++) {
            xs[k - 1] = String.valueOf(k);
        }
        String[] ys = rowsShown.stream().map(ProvinceAgency::nameTh).toArray(String[]::new);
        Heatmap chart = new Heatmap()
                .setTitle(new Title().setText(getTranslation("chart.heatmap", year)).setSubtext(getTranslation("chart.heatmap.subtitle", HEATMAP_ROWS)))
                .setTooltip(new Tooltip().setTrigger("item"))
                .addXAxis(new CategoryAxis().setName(getTranslation("col.indicator")).setData(xs).setPosition("top"))
                .addYAxis(new CategoryAxis().setData(ys).setInverse(true).setAxisLabel(Map.of("interval", 0)))
                .setVisualMap(new PiecewiseVisualMap().setOrient("horizontal").setLeft("center").setBottom(0).setPieces(new VisualPiece[] {
                        new VisualPiece().setMin(0).setLt(80).setLabel(getTranslation("heat.below80")).setColor("#e57373"),
                        new VisualPiece().setGte(80).setLt(85).setLabel("80–85").setColor("#fff176"),
                        new VisualPiece().setGte(85).setMax(100).setLabel("≥ 85").setColor("#81c784")}))
                .addSeries(new HeatmapSeries().setName(getTranslation("col.score")).setData(data.toArray(Number[][]::new))
                        .setLabel(new org.icepear.echarts.components.series.SeriesLabel().setShow(true).setFontSize(9)));
        chart.getOption().setGrid(new org.icepear.echarts.components.grid.Grid().setLeft(250).setRight(20).setTop(70).setBottom(50));
        List<String> headers = new ArrayList<>(List.of(getTranslation("col.code"), getTranslation("col.name")));
        for (int k = 1; k <= 10; k++) {
            headers.add(getTranslation("col.indicator") + " " + k);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ProvinceAgency a : rowsShown) {
            List<String> row = new ArrayList<>(List.of(a.agencyCode(), a.nameTh()));
            double[] v = table.getOrDefault(a.agencyCode(), new double[10]);
            for (double d : v) {
                row.add(two(d));
            }
            rows.add(row);
        }
        return new ChartPanel("heatmap", getTranslation("chart.heatmap", year), note, chart, new TableData(headers, rows),
                getTranslation("table.show"), getTranslation("table.download"), Math.max(360, 120 + 18 * rowsShown.size()) + "px");
    }

    private ChartPanel typePanel(List<ProvinceAgency> all, String note) {
        Map<String, List<Double>> byType = all.stream().collect(Collectors.groupingBy(ProvinceAgency::agencyType, TreeMap::new,
                Collectors.mapping(ProvinceAgency::total, Collectors.toList())));
        List<String> types = new ArrayList<>(byType.keySet());
        Number[][] boxes = new Number[types.size()][];
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            double[] v = byType.get(types.get(i)).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] q = {v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v[v.length - 1]};
            boxes[i] = new Number[] {ChartOptions.round2(q[0]), ChartOptions.round2(q[1]), ChartOptions.round2(q[2]),
                    ChartOptions.round2(q[3]), ChartOptions.round2(q[4])};
            rows.add(List.of(getTranslation("type." + types.get(i)), String.valueOf(v.length), two(q[0]), two(q[1]), two(q[2]),
                    two(q[3]), two(q[4])));
        }
        Boxplot chart = new Boxplot()
                .setTitle(new Title().setText(getTranslation("chart.types")))
                .setTooltip(new Tooltip().setTrigger("item"))
                .addXAxis(new CategoryAxis().setData(types.stream().map(t -> getTranslation("type." + t)).toArray(String[]::new)))
                .addYAxis(new ValueAxis().setMin(0).setMax(100))
                .addSeries(new BoxplotSeries().setName(getTranslation("series.total")).setData(boxes)
                        .setMarkLine(ChartOptions.lines(false, new ChartOptions.Line(getTranslation("line.passmark"), 85, ChartOptions.PASS_COLOUR))));
        return new ChartPanel("types", getTranslation("chart.types"), note, chart,
                new TableData(List.of(getTranslation("col.type"), "n", "min", "Q1", getTranslation("col.median"), "Q3", "max"), rows),
                getTranslation("table.show"), getTranslation("table.download"), "320px");
    }

    private ChartPanel satisfactionPanel(List<SatisfactionAnalyses.AgencyPoint> points, FiscalYear year, String note) {
        Number[][] xy = points.stream().map(pt -> new Number[] {pt.overallPercent(), pt.total()}).toArray(Number[][]::new);
        org.icepear.echarts.Scatter chart = new org.icepear.echarts.Scatter()
                .setTitle(new Title().setText(getTranslation("chart.scatter", year)).setSubtext(getTranslation("chart.scatter.subtitle", points.size())))
                .setTooltip(new Tooltip().setTrigger("item"))
                .addXAxis(new ValueAxis().setName(getTranslation("col.percent")).setMin(50).setMax(100))
                .addYAxis(new ValueAxis().setName(getTranslation("col.total")).setMin(0).setMax(100))
                .addSeries(new org.icepear.echarts.charts.scatter.ScatterSeries().setName(getTranslation("col.total")).setData(xy)
                        .setMarkLine(ChartOptions.lines(false, new ChartOptions.Line(getTranslation("line.passmark"), 85, ChartOptions.PASS_COLOUR))));
        List<List<String>> rows = points.stream().map(pt -> List.of(pt.agencyCode(), pt.nameTh(), two(pt.total()), two(pt.eit()),
                two(pt.overallMean()), two(pt.overallPercent()), String.valueOf(pt.respondents()))).toList();
        return new ChartPanel("scatter", getTranslation("chart.scatter", year), note, chart,
                new TableData(List.of(getTranslation("col.code"), getTranslation("col.name"), getTranslation("col.total"), "EIT",
                        getTranslation("col.mean5"), getTranslation("col.percent"), "n"), rows),
                getTranslation("table.show"), getTranslation("table.download"), "380px");
    }

    private Div standingKpis(ProvinceStanding s) {
        FlexLayout kpis = new FlexLayout(
                Widgets.kpi("kpi-agencies", getTranslation("col.agencies"), String.valueOf(s.agencies())),
                Widgets.kpi("kpi-mean", getTranslation("province.mean"), two(s.mean()) + " (" + getTranslation("province.nation") + " " + two(s.nationalMean()) + ")"),
                Widgets.kpi("kpi-pass", getTranslation("province.pass"), two(100 * s.passShare()) + " % (" + getTranslation("province.nation") + " "
                        + two(100 * s.nationalPassShare()) + " %)"),
                Widgets.kpi("kpi-rank", getTranslation("province.rank"), s.rankByMean() + " / " + s.provinces()),
                Widgets.kpi("kpi-rank-pass", getTranslation("province.rank.pass"), s.rankByPassShare() + " / " + s.provinces()));
        kpis.addClassName("kpis");
        return new Div(kpis);
    }

    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }


    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String currentYear(Location location) {
        return Filters.get(location, "year").orElse("");
    }

    private void go(QueryParameters q) {
        UI.getCurrent().navigate(ProvinceView.class, q);
    }

    private boolean english() {
        return getLocale() != null && getLocale().getLanguage().equals("en");
    }
}

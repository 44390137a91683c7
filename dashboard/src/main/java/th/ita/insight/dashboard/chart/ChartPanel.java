package th.ita.insight.dashboard.chart;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.icepear.echarts.Chart;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A chart as users expect it here: a title that says what it shows, a note on the data source, the chart, its
 * data as a table, and the data as CSV.
 */
public class ChartPanel extends Div {

    private final Details table;
    private final TableData data;

    public ChartPanel(String id, String title, String note, Chart<?, ?> chart, TableData data, String tableLabel,
                      String downloadLabel, String height) {
        this(id, title, note, echart -> echart.setChart(chart), data, tableLabel, downloadLabel, height);
    }

    /** For options echarts-java does not model (the province map): the option as JSON. */
    public ChartPanel(String id, String title, String note, String optionJson, TableData data, String tableLabel,
                      String downloadLabel, String height) {
        this(id, title, note, echart -> echart.setOptionJson(optionJson), data, tableLabel, downloadLabel, height);
    }

    private ChartPanel(String id, String title, String note, java.util.function.Consumer<EChart> option, TableData data,
                       String tableLabel, String downloadLabel, String height) {
        setId(id);
        addClassName("chart-panel");
        H3 heading = new H3(title);
        add(heading);
        if (note != null && !note.isBlank()) {
            Span n = new Span(note);
            n.addClassName("chart-note");
            add(n);
        }
        EChart echart = new EChart(title);
        echart.setHeight(height);
        option.accept(echart);
        add(echart);

        // the table is built when a user opens it: six hidden grids per view were a third of a view change's server time
        this.data = data;
        this.table = new Details(tableLabel);
        table.addClassName("chart-table");
        table.setWidthFull();
        table.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showTable();
            }
        });

        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = Csv.of(data);
            return new DownloadResponse(new ByteArrayInputStream(csv), id + ".csv", "text/csv; charset=utf-8", csv.length);
        }), downloadLabel);
        download.getElement().setAttribute("download", true);
        download.addClassName("chart-download");
        download.setId(id + "-csv");
        // the workbook is made when asked for, not with every view
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Xlsx.of(data, id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), id + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("table.download.xlsx"));
        xlsx.getElement().setAttribute("download", true);
        xlsx.addClassName("chart-download");
        xlsx.setId(id + "-xlsx");
        Div downloads = new Div(download, xlsx);
        downloads.addClassName("chart-downloads");
        add(table, downloads);
    }

    /** Opens the data table (for panels whose table is the point, e.g. a side-by-side comparison). */
    public ChartPanel showTable() {
        if (table.getContent().findAny().isEmpty()) {
            table.add(grid(data));
        }
        table.setOpened(true);
        return this;
    }

    private static Grid<List<String>> grid(TableData data) {
        Grid<List<String>> grid = new Grid<>();
        for (int i = 0; i < data.headers().size(); i++) {
            int col = i;
            grid.addColumn(row -> col < row.size() ? row.get(col) : "").setHeader(data.headers().get(i))
                    .setSortable(true).setResizable(true);
        }
        grid.setItems(data.rows());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(data.rows().size() <= 15);
        if (data.rows().size() > 15) {
            grid.setHeight("420px");
        }
        return grid;
    }
}

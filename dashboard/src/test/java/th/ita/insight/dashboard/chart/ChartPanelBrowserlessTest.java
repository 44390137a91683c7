package th.ita.insight.dashboard.chart;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.icepear.echarts.Bar;
import org.icepear.echarts.charts.bar.BarSeries;
import org.junit.jupiter.api.Test;
import th.ita.insight.dashboard.shell.Widgets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UI unit tests without a browser (Vaadin browserless testing): the chart panel every view uses, its table and its
 * two downloads, and the year filter's navigation rule. Milliseconds each, beside the Chromium journeys.
 */
@ViewPackages(packages = "th.ita.insight.dashboard.chart")
class ChartPanelBrowserlessTest extends BrowserlessTest {

    static final TableData DATA = new TableData(List.of("รหัส", "ชื่อหน่วยงาน", "คะแนนรวม"), List.of(
            List.of("06310499", "องค์การบริหารส่วนตำบลหนองกง", "58.24"),
            List.of("06310401", "=HYPERLINK(\"http://x\")", "90.00"),
            List.of("06310402", "เทศบาลตำบลทดสอบ", "-1.50")));

    @Test
    void aChartPanelHasItsTitleItsTableAndBothDownloads() throws Exception {
        ChartPanel panel = new ChartPanel("totals", "คะแนนรวม ปี 2564", "ที่มา: ทดสอบ",
                new Bar().addSeries(new BarSeries().setData(new Number[] {58.24, 90.0, 1.5})), DATA, "ตาราง", "CSV", "300px");
        UI.getCurrent().add(panel);

        assertThat(test(find(H3.class, panel).single()).getText()).isEqualTo("คะแนนรวม ปี 2564");
        // the table is built when a user opens it
        assertThat(find(Grid.class, panel).all()).isEmpty();
        find(Details.class, panel).single().setOpened(true);
        @SuppressWarnings("unchecked")
        Grid<List<String>> grid = find(Grid.class, panel).single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getRow(0)).containsExactly("06310499", "องค์การบริหารส่วนตำบลหนองกง", "58.24");
        // the chart is sent with aria switched on, and says what it shows to screen readers
        EChart chart = find(EChart.class, panel).single();
        assertThat(chart.getElement().getPropertyRaw("option").toString()).contains("\"aria\"");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("คะแนนรวม ปี 2564");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test(find(Anchor.class, panel).withId("totals-csv").single()).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFรหัส,ชื่อหน่วยงาน,คะแนนรวม").contains("'=HYPERLINK").contains("-1.50");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        test(find(Anchor.class, panel).withId("totals-xlsx").single()).download(xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(4);
        }
    }

    @Test
    void theYearFilterNavigatesOnlyWhenAUserChoosesAYear() {
        List<Integer> chosen = new ArrayList<>();
        Select<Integer> select = Widgets.yearSelect("year-filter", "ปีงบประมาณ", List.of(2566, 2567, 2568), 2568, chosen::add);
        UI.getCurrent().add(select);
        // newest first, as users look for the latest year
        assertThat(test(select).getSuggestions()).containsExactly("2568", "2567", "2566");
        select.setValue(2567);   // the server setting a value is not a user's choice
        assertThat(chosen).isEmpty();
        test(select).selectItem("2566");
        assertThat(chosen).containsExactly(2566);
    }
}

package th.ita.insight.dashboard.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.icepear.echarts.Chart;
import org.icepear.echarts.serializer.EChartsSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart. Options are built in Java with echarts-java and sent as JSON; the browser side is
 * our own small Lit element (frontend/ita-echart.ts) over the npm echarts package, so no CDN is involved.
 */
@Tag("ita-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@NpmPackage(value = "@svg-maps/thailand", version = "2.0.0")
@JsModule("./ita-echart.ts")
public class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // one serializer for all charts: echarts-java's Engine builds a new Gson per chart
    private static final EChartsSerializer SERIALIZER = new EChartsSerializer();

    public EChart(String ariaLabel) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        getElement().setAttribute("loading-label", getTranslation("chart.loading"));
        setWidthFull();
        setHeight("380px");
    }

    /** Shows a chart built with echarts-java; {@code aria} is switched on for screen readers. */
    public void setChart(Chart<?, ?> chart) {
        chart.getOption().setAria(java.util.Map.of("enabled", true));
        setOptionJson(SERIALIZER.toJson(chart.getOption()));
    }

    public void setOptionJson(String json) {
        getElement().setPropertyJson("option", (ObjectNode) JSON.readTree(json));
    }
}

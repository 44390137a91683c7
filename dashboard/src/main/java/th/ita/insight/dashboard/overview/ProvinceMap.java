package th.ita.insight.dashboard.overview;

import th.ita.insight.analytics.province.ProvinceStanding;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The ECharts option of a map of provinces coloured by mean total score. The shapes are @svg-maps/thailand
 * (CC BY 4.0, shipped through npm); the browser element names each shape with the label we send, keyed by the
 * package's shape id. Which shape is which province is reference data: map/province-svg-ids.csv.
 */
final class ProvinceMap {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** svg shape id → DOPA province code */
    private static final Map<String, String> SHAPES = load();

    private ProvinceMap() {
    }

    /**
     * Colours run over the year's own range of province means: in recent years every province is above 85, and
     * fixed 80/85 bands would paint the whole country one colour. The range is printed on the scale.
     */
    static String option(String title, List<ProvinceStanding> standings, Function<ProvinceStanding, String> label,
                         Map<String, String> allLabels, String mapName) {
        Map<String, String> names = new LinkedHashMap<>();
        SHAPES.forEach((shape, code) -> names.put(shape, allLabels.getOrDefault(code, code)));
        List<Map<String, Object>> data = new ArrayList<>();
        for (ProvinceStanding s : standings) {
            data.add(Map.of("name", label.apply(s), "value", Math.round(s.mean() * 100) / 100.0));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c}"));
        double min = Math.floor(standings.stream().mapToDouble(ProvinceStanding::mean).min().orElse(0));
        double max = Math.ceil(standings.stream().mapToDouble(ProvinceStanding::mean).max().orElse(100));
        option.put("visualMap", Map.of("type", "continuous", "min", min, "max", Math.max(max, min + 1), "left", 0,
                "bottom", 10, "calculable", true, "precision", 1,
                "inRange", Map.of("color", List.of("#c62828", "#f9a825", "#2e7d32"))));
        option.put("itaSvgMap", Map.of("name", mapName, "names", names));
        option.put("series", List.of(Map.of("type", "map", "map", mapName, "roam", true, "top", 40, "bottom", 10,
                "itemStyle", Map.of("areaColor", "#eeeeee", "borderColor", "#ffffff"),
                "emphasis", Map.of("label", Map.of("show", true)), "data", data)));
        return JSON.writeValueAsString(option);
    }

    static int shapes() {
        return SHAPES.size();
    }

    private static Map<String, String> load() {
        Map<String, String> shapes = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ProvinceMap.class.getResourceAsStream("/map/province-svg-ids.csv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    String[] kv = line.split(",");
                    shapes.put(kv[0].strip(), kv[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(shapes);
    }
}

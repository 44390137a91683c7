package th.ita.insight.dashboard.chart;

import java.util.List;

/** The data behind a chart, as the table view and the CSV download show it. */
public record TableData(List<String> headers, List<List<String>> rows) {
    public TableData {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}

package th.ita.insight.dashboard.shell;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading and writing view state in the URL's query string: the URL is the source of truth. */
public final class Filters {

    private Filters() {
    }

    public static Optional<String> get(Location location, String name) {
        List<String> v = location.getQueryParameters().getParameters().getOrDefault(name, List.of());
        return v.isEmpty() || v.getFirst().isBlank() ? Optional.empty() : Optional.of(v.getFirst());
    }

    public static Optional<Integer> getInt(Location location, String name) {
        return get(location, name).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The current parameters with {@code name} set (or removed when the value is empty); keeps lang and the rest. */
    public static QueryParameters with(Location location, Map<String, String> changes) {
        Map<String, List<String>> params = new LinkedHashMap<>(location.getQueryParameters().getParameters());
        changes.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                params.remove(k);
            } else {
                params.put(k, List.of(v));
            }
        });
        return new QueryParameters(params);
    }
}

package th.ita.insight.dashboard.shell;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Locale;

/** Thai first; English when the URL says {@code lang=en}, so a copied link keeps its language. */
public final class Language {

    public static final Locale THAI = Locale.of("th", "TH");
    public static final String PARAM = "lang";

    private Language() {
    }

    public static Locale of(Location location) {
        List<String> lang = location.getQueryParameters().getParameters().getOrDefault(PARAM, List.of());
        return !lang.isEmpty() && lang.getFirst().equals("en") ? Locale.ENGLISH : THAI;
    }

    /** The same location in the other language. */
    public static String toggle(Location location) {
        boolean english = of(location).equals(Locale.ENGLISH);
        QueryParameters q = location.getQueryParameters().excluding(PARAM);
        if (!english) {
            q = q.merging(PARAM, "en");
        }
        String query = q.getQueryString();
        return "/" + location.getPath() + (query.isEmpty() ? "" : "?" + query);
    }
}

package th.ita.insight.dashboard.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import th.ita.insight.analytics.methodology.FiscalYear;

import java.util.List;
import java.util.function.Consumer;

/** The small pieces every view uses: headline figures, friendly messages, the fiscal-year filter. */
public final class Widgets {

    private Widgets() {
    }

    /** A headline figure: the value large, what it is below. */
    public static Div kpi(String id, String label, String value) {
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

    /** A plain-language message in place of content (unknown code, no access, no data). */
    public static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("friendly-message");
        return p;
    }

    /** The fiscal year the URL asks for if it has data, else the latest with data. */
    public static FiscalYear year(Location location, List<FiscalYear> years) {
        return Filters.getInt(location, "year").filter(y -> years.stream().anyMatch(f -> f.buddhistEra() == y))
                .map(FiscalYear::of).orElse(years.getLast());
    }

    /** A fiscal-year (พ.ศ.) select, newest first, that reports the user's choice. */
    public static Select<Integer> yearSelect(String id, String label, List<Integer> years, int current, Consumer<Integer> chosen) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(years.reversed());
        select.setValue(current);
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                chosen.accept(e.getValue());
            }
        });
        return select;
    }
}

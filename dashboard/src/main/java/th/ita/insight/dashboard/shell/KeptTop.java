package th.ita.insight.dashboard.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;

import java.util.List;
import java.util.Set;

/**
 * The top of a view (its title and filter bar) kept while the user changes filters. A view is built from its URL,
 * so every filter change navigates and rebuilds it; building its selects again each time (the scope filter alone
 * has 91 items, each a component in the browser) was about half of what a view change sent to the browser, and a
 * large share of the server's work under load. The top is built again only when what it offers changes: its key
 * names the items, the labels' language and whatever else it shows. Listeners of kept components must read the
 * view's current state (e.g. its current location), not state captured when they were built.
 */
public final class KeptTop {

    private String key = "";
    private List<Component> parts = List.of();

    /**
     * Empties {@code view} for a new build: when {@code key} is the key of the kept parts they stay (and true is
     * returned), everything else is removed; otherwise everything is removed and nothing is kept.
     */
    public boolean keepOrClear(HasComponents view, String key) {
        if (key.equals(this.key) && !parts.isEmpty() && parts.stream().allMatch(p -> p.getParent().isPresent())) {
            Set<Component> kept = Set.copyOf(parts);
            ((Component) view).getChildren().filter(c -> !kept.contains(c)).toList().forEach(view::remove);
            return true;
        }
        clear(view);
        return false;
    }

    /** Empties {@code view} and forgets the kept parts (a view that shows a message instead of its content). */
    public void clear(HasComponents view) {
        view.removeAll();
        this.key = "";
        this.parts = List.of();
    }

    /** Keeps these parts (just added at the top of the view) for as long as the key stays the same. */
    public void remember(String key, Component... parts) {
        this.key = key;
        this.parts = List.of(parts);
    }
}

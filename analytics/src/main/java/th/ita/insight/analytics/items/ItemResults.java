package th.ita.insight.analytics.items;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Tool;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * An agency-year's item-level results (v_item_result): IIT/EIT questionnaire items scored from raw answers
 * ({@code --kind responses}) or given in a scores file, and OIT published items. Cached per store version.
 */
public final class ItemResults {

    /** One item: its code (i1, e3, o12), tool, indicator, score 0–100, and respondents when scored from answers. */
    public record ItemResult(String item, Tool tool, int indicator, double score, OptionalInt respondents) {}

    private final ItaStore store;

    public ItemResults(ItaStore store) {
        this.store = store;
    }

    /** The items in tool order (IIT, EIT, OIT), then by number; empty when the store holds none for the agency-year. */
    public List<ItemResult> of(AgencyCode agency, FiscalYear year) {
        return store.cached("items " + agency.value() + " " + year.buddhistEra(), () -> read(agency, year));
    }

    private List<ItemResult> read(AgencyCode agency, FiscalYear year) {
        List<ItemResult> items = new ArrayList<>();
        try (Connection c = store.newConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT item, tool, indicator, score, respondents FROM v_item_result
                WHERE agency_code = ? AND fiscal_year = ? AND indicator IS NOT NULL""")) {
            ps.setString(1, agency.value());
            ps.setInt(2, year.buddhistEra());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int respondents = rs.getInt(5);
                    items.add(new ItemResult(rs.getString(1), Tool.valueOf(rs.getString(2)), rs.getInt(3), rs.getDouble(4),
                            rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(respondents)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read item results: " + e.getMessage(), e);
        }
        items.sort(Comparator.comparing(ItemResult::tool).thenComparingInt(i -> Integer.parseInt(i.item().substring(1))));
        return List.copyOf(items);
    }
}

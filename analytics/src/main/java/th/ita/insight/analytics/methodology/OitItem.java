package th.ita.insight.analytics.methodology;

/** An OIT checklist item of one item dictionary (item lists were renumbered from FY2566). */
public record OitItem(String dictionary, String item, int indicator, String subIndicator, String nameTh) {}

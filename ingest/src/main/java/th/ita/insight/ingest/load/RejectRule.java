package th.ita.insight.ingest.load;

/** The validation rules; their names appear in reject reports and summaries. */
public enum RejectRule {
    MISSING_VALUE("a required value is empty"),
    UNPARSEABLE_NUMBER("not a number"),
    SCORE_OUT_OF_RANGE("a score must be between 0 and 100"),
    VALUE_OUT_OF_RANGE("the value is outside its allowed range"),
    YEAR_OUTSIDE_METHODOLOGY("no ITA methodology for that fiscal year"),
    BAD_AGENCY_CODE("not an agency code"),
    UNKNOWN_AGENCY("agency not in the registry and the row lacks name, type and province to add it"),
    UNKNOWN_PROVINCE("not a province"),
    UNKNOWN_AGENCY_TYPE("not an agency type"),
    DUPLICATE_CONFLICT("the same key appears earlier in the file with other values"),
    UNKNOWN_ITEM("not an item or indicator of that fiscal year's methodology"),
    UNKNOWN_TOOL("not an assessment tool (IIT or EIT)"),
    INVALID_ANSWER("not an answer of the item's scale"),
    BAD_DATE("not a date (YYYY-MM-DD, or D/M/YYYY in พ.ศ.)"),
    INVALID_CHOICE("not one of the values this column allows");

    private final String description;

    RejectRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

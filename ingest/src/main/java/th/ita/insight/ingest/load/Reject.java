package th.ita.insight.ingest.load;

/** A row (or cell) the loader would not take, and the rule it broke. Lines are 1-based, as editors show them. */
public record Reject(String file, long line, String column, String value, RejectRule rule, String message) {}

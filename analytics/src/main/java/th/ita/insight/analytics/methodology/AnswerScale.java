package th.ita.insight.analytics.methodology;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How a questionnaire item is answered and what an answer scores (an assumption, see methodology/README.md):
 * four levels score 0, 100/3, 200/3, 100; yes/no scores 100 and 0.
 */
public enum AnswerScale {
    FOUR_LEVEL(Map.ofEntries(
            Map.entry("1", 0.0), Map.entry("2", 100.0 / 3), Map.entry("3", 200.0 / 3), Map.entry("4", 100.0),
            Map.entry("น้อยที่สุดหรือไม่มีเลย", 0.0), Map.entry("น้อยที่สุด", 0.0), Map.entry("ไม่มีเลย", 0.0),
            Map.entry("น้อย", 100.0 / 3), Map.entry("มาก", 200.0 / 3), Map.entry("มากที่สุด", 100.0))),
    YES_NO(Map.ofEntries(
            Map.entry("yes", 100.0), Map.entry("y", 100.0), Map.entry("1", 100.0), Map.entry("true", 100.0),
            Map.entry("ใช่", 100.0), Map.entry("มี", 100.0), Map.entry("เคย", 100.0),
            Map.entry("no", 0.0), Map.entry("n", 0.0), Map.entry("0", 0.0), Map.entry("false", 0.0),
            Map.entry("ไม่ใช่", 0.0), Map.entry("ไม่มี", 0.0), Map.entry("ไม่เคย", 0.0)));

    private final Map<String, Double> points;

    AnswerScale(Map<String, Double> points) {
        this.points = points;
    }

    /** The points of an answer (digits already ASCII), before reverse keying; empty if it is not an answer of this scale. */
    public OptionalDouble points(String answer) {
        Double p = points.get(answer.strip().toLowerCase(Locale.ROOT));
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    /** The answers this scale accepts as written in canonical form (ASCII digits, lower case, no surrounding spaces). */
    public java.util.Set<String> answers() {
        return points.keySet();
    }

    /** What users may write, for error messages. */
    public String accepted() {
        return this == FOUR_LEVEL ? "1–4 or น้อยที่สุดหรือไม่มีเลย/น้อย/มาก/มากที่สุด" : "yes/no, ใช่/ไม่ใช่, มี/ไม่มี, 1/0";
    }
}

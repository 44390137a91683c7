package th.ita.insight.analytics.methodology;

import java.util.OptionalDouble;

/** An IIT or EIT questionnaire item of a fiscal year: the indicator it measures and how its answers score. */
public record SurveyItem(FiscalYear fiscalYear, Tool tool, String item, int indicator, AnswerScale scale, boolean reverseKeyed) {

    /** The score (0–100) of one answer, reverse keying applied; empty if the answer is not one of the scale's. */
    public OptionalDouble score(String answer) {
        OptionalDouble p = scale.points(answer);
        if (p.isEmpty()) {
            return p;
        }
        return OptionalDouble.of(reverseKeyed ? 100.0 - p.getAsDouble() : p.getAsDouble());
    }
}

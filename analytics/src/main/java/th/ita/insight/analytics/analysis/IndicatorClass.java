package th.ita.insight.analytics.analysis;

import java.util.Locale;

/** The standard classification of indicators in an agency's annual ITA analysis (seed 002). */
public enum IndicatorClass {
    /** the top-scoring indicator (all of them, on a tie) */
    HIGHEST,
    /** increased and at or above the weak threshold (80) */
    STRENGTH,
    /** increased but still below the weak threshold */
    WEAKNESS_INCREASED,
    /** decreased, whatever the level */
    WEAKNESS_DECREASED,
    /** exactly the same as last year */
    UNCHANGED,
    /** no score last year to compare with */
    NO_PREVIOUS_YEAR;

    public static IndicatorClass fromSql(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

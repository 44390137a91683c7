package th.ita.insight.analytics.methodology;

/** One of the ten ITA indicators, with its tool and names as the methodology data defines them. */
public record Indicator(int number, Tool tool, String nameTh, String nameEn) {
    public Indicator {
        if (number < 1) {
            throw new IllegalArgumentException("indicator numbers start at 1: " + number);
        }
    }
}

package th.ita.insight.analytics.methodology;

import java.time.chrono.ThaiBuddhistDate;

/**
 * A Thai fiscal year in the Buddhist Era (พ.ศ.), the way users count it. FY2567 runs from
 * 1 October 2566 to 30 September 2567 (Oct 2023 – Sep 2024).
 */
public record FiscalYear(int buddhistEra) implements Comparable<FiscalYear> {

    /** พ.ศ. = ค.ศ. + 543 */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    public FiscalYear {
        if (buddhistEra < 2500 || buddhistEra > 2700) {
            throw new IllegalArgumentException("not a Buddhist-Era fiscal year: " + buddhistEra);
        }
    }

    public static FiscalYear of(int buddhistEra) {
        return new FiscalYear(buddhistEra);
    }

    public int gregorianYear() {
        return buddhistEra - BUDDHIST_ERA_OFFSET;
    }

    /** The fiscal year starts on 1 October of the previous calendar year. */
    public ThaiBuddhistDate firstDay() {
        return ThaiBuddhistDate.of(buddhistEra - 1, 10, 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(buddhistEra - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistEra, other.buddhistEra);
    }

    @Override
    public String toString() {
        return Integer.toString(buddhistEra);
    }
}

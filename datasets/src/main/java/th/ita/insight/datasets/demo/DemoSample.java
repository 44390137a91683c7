package th.ita.insight.datasets.demo;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.util.SplittableRandom;

/**
 * The sample of demo agencies that carry measures, action plans and OIT item results: about 5 % of the SYNTHETIC
 * agencies, drawn from the agency code with the generators' seed, so the same agencies on every run and in every
 * generator. Each agency-year's choices come from its own random stream: the same bytes on every run.
 */
public final class DemoSample {

    /** Share of agencies in the sample. */
    public static final double SHARE = 0.05;

    private DemoSample() {
    }

    /** Whether this row of the demo scores file is of a sampled (synthetic) agency. */
    public static boolean includes(long seed, NamedCsvRecord scoresRow) {
        String code = scoresRow.getField("agency_code");
        return new SplittableRandom(seed ^ (code.hashCode() * 0x9E3779B97F4A7C15L)).nextDouble() < SHARE
                && "true".equals(scoresRow.getField("is_synthetic"));
    }

    /** An agency-year's random stream; {@code salt} keeps the generators' streams apart. */
    public static SplittableRandom random(long seed, String agencyCode, int year, long salt) {
        return new SplittableRandom(seed ^ (agencyCode.hashCode() * salt + year));
    }
}

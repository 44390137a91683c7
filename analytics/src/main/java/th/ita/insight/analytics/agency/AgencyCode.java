package th.ita.insight.analytics.agency;

import java.util.regex.Pattern;

/**
 * The DLA code of a local government: a string with significant leading zeros (e.g. 06301209),
 * never a number. Everything is keyed by code, not by name.
 */
public record AgencyCode(String value) implements Comparable<AgencyCode> {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{2,19}");

    public AgencyCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an agency code: '" + value + "' (3–20 letters or digits)");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public int compareTo(AgencyCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package th.ita.insight.ingest.load;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Parsing of the numbers people type in Thai spreadsheets: Thai digits, thousands separators, stray spaces. */
final class Values {

    private Values() {
    }

    /** Thai digits ๐–๙ to ASCII, trimmed. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return b.toString().strip();
    }

    static OptionalDouble number(String raw) {
        String s = asciiDigits(raw).replace(",", "").replace("\u00A0", "").replace(" ", "");
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    static OptionalInt integer(String raw) {
        OptionalDouble d = number(raw);
        if (d.isEmpty() || d.getAsDouble() != Math.rint(d.getAsDouble())) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) d.getAsDouble());
    }
}

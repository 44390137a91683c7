package th.ita.insight.analytics.measures;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The suggested measures that ship with the product ({@code /measures/suggestions.csv}), by indicator, and what
 * each indicator assesses in plain words ({@code /measures/indicator-focus.csv}) for the "issues to develop" tables.
 */
public final class SuggestionCatalogue {

    private static final String RESOURCE = "/measures/suggestions.csv";
    private static final String FOCUS = "/measures/indicator-focus.csv";
    private static final SuggestionCatalogue BUNDLED = load();

    private final List<SuggestedMeasure> measures;
    private final java.util.Map<Integer, String[]> focus;

    private SuggestionCatalogue(List<SuggestedMeasure> measures, java.util.Map<Integer, String[]> focus) {
        this.measures = List.copyOf(measures);
        this.focus = java.util.Map.copyOf(focus);
    }

    /** What the indicator assesses, in Thai (or English), e.g. for the "ประเด็นการประเมิน" column. */
    public String focus(int indicator, boolean english) {
        String[] f = focus.get(indicator);
        return f == null ? "" : english ? f[1] : f[0];
    }

    public static SuggestionCatalogue bundled() {
        return BUNDLED;
    }

    public List<SuggestedMeasure> all() {
        return measures;
    }

    /** The suggestions for one indicator, in catalogue order. */
    public List<SuggestedMeasure> forIndicator(int indicator) {
        return measures.stream().filter(m -> m.indicator() == indicator).toList();
    }

    private static SuggestionCatalogue load() {
        List<SuggestedMeasure> measures = read(RESOURCE).stream().map(r -> new SuggestedMeasure(r.getField("id"),
                Integer.parseInt(r.getField("indicator").strip()), words(r.getField("items")), r.getField("title_th").strip(),
                parts(r.getField("method_th")), parts(r.getField("divisions_th")), r.getField("period_th").strip(),
                parts(r.getField("evidence_th")), r.getField("title_en").strip(), r.getField("seeds").strip())).toList();
        java.util.Map<Integer, String[]> focus = new java.util.HashMap<>();
        read(FOCUS).forEach(r -> focus.put(Integer.parseInt(r.getField("indicator").strip()),
                new String[] {r.getField("focus_th").strip(), r.getField("focus_en").strip()}));
        return new SuggestionCatalogue(measures, focus);
    }

    private static List<NamedCsvRecord> read(String resource) {
        try (InputStream in = SuggestionCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return csv.stream().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> parts(String field) {
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> words(String field) {
        return Arrays.stream(field.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}

package th.ita.insight.analytics.methodology;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ITA methodology for every supported fiscal year, read from the versioned CSV files under
 * {@code /methodology} on the classpath (see its README). A new fiscal year is a data change.
 */
public final class Methodology {

    private static final String BASE = "/methodology/";
    private static volatile Methodology bundled;

    private final NavigableMap<FiscalYear, YearMethodology> years;
    private final List<OitItem> oitItems;

    private final Map<FiscalYear, Map<String, SurveyItem>> surveyItems;

    private Methodology(NavigableMap<FiscalYear, YearMethodology> years, List<OitItem> oitItems, List<SurveyItem> surveyItems) {
        this.years = years;
        this.oitItems = List.copyOf(oitItems);
        Map<FiscalYear, Map<String, SurveyItem>> byYear = new java.util.TreeMap<>();
        for (SurveyItem i : surveyItems) {
            byYear.computeIfAbsent(i.fiscalYear(), k -> new java.util.LinkedHashMap<>()).put(i.item(), i);
        }
        byYear.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v));
        this.surveyItems = java.util.Collections.unmodifiableMap(byYear);
    }

    /** The methodology that ships with this build. */
    public static Methodology bundled() {
        Methodology m = bundled;
        if (m == null) {
            m = load();
            bundled = m;
        }
        return m;
    }

    public Collection<YearMethodology> years() {
        return years.values();
    }

    public Optional<YearMethodology> forYear(FiscalYear year) {
        return Optional.ofNullable(years.get(year));
    }

    public YearMethodology require(FiscalYear year) {
        return forYear(year).orElseThrow(() -> new IllegalArgumentException(
                "no ITA methodology for FY" + year + " (supported: " + first() + "–" + last() + ")"));
    }

    public FiscalYear first() {
        return years.firstKey();
    }

    public FiscalYear last() {
        return years.lastKey();
    }

    public List<OitItem> oitItems(String dictionary) {
        return oitItems.stream().filter(i -> i.dictionary().equals(dictionary)).toList();
    }

    /** The IIT and EIT questionnaire items of a fiscal year, by item code (i1.., e1..). */
    public Map<String, SurveyItem> surveyItems(FiscalYear year) {
        return surveyItems.getOrDefault(year, Map.of());
    }

    /** Every year's questionnaire items. */
    public List<SurveyItem> surveyItems() {
        return surveyItems.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    public List<OitItem> oitItems() {
        return oitItems;
    }

    private static Methodology load() {
        List<NamedCsvRecord> indicatorRows = read("indicators.csv");
        List<NamedCsvRecord> bandRows = read("bands.csv");
        NavigableMap<FiscalYear, YearMethodology> years = new TreeMap<>();
        for (NamedCsvRecord y : read("fiscal-years.csv")) {
            FiscalYear fy = FiscalYear.of(Integer.parseInt(y.getField("fiscal_year")));
            List<Indicator> indicators = indicatorRows.stream()
                    .filter(r -> Integer.parseInt(r.getField("first_year")) <= fy.buddhistEra()
                            && fy.buddhistEra() <= Integer.parseInt(r.getField("last_year")))
                    .map(r -> new Indicator(Integer.parseInt(r.getField("indicator")), Tool.valueOf(r.getField("tool")),
                            r.getField("name_th"), r.getField("name_en")))
                    .toList();
            String scheme = y.getField("band_scheme");
            List<RatingBand> bands = bandRows.stream()
                    .filter(b -> b.getField("band_scheme").equals(scheme))
                    .map(b -> new RatingBand(scheme, b.getField("band"), Integer.parseInt(b.getField("ordinal")),
                            Double.parseDouble(b.getField("min_score")), b.getField("label_th"), b.getField("label_en")))
                    .toList();
            Map<Tool, Double> weights = new EnumMap<>(Tool.class);
            for (Tool t : Tool.values()) {
                weights.put(t, Double.parseDouble(y.getField("weight_" + t.name().toLowerCase())));
            }
            String dict = y.getField("oit_item_dictionary");
            years.put(fy, new YearMethodology(fy, y.getField("methodology_version"),
                    Double.parseDouble(y.getField("pass_mark")), Double.parseDouble(y.getField("weak_threshold")),
                    Double.parseDouble(y.getField("target_pass_share")), weights, indicators, bands,
                    Boolean.parseBoolean(y.getField("weights_assumed")), Boolean.parseBoolean(y.getField("bands_assumed")),
                    dict.isBlank() ? Optional.empty() : Optional.of(dict), y.getField("note")));
        }
        List<OitItem> items = new ArrayList<>();
        for (NamedCsvRecord r : read("oit-items.csv")) {
            items.add(new OitItem(r.getField("dictionary"), r.getField("item"), Integer.parseInt(r.getField("indicator")),
                    r.getField("sub_indicator"), r.getField("name_th")));
        }
        List<SurveyItem> survey = new ArrayList<>();
        for (NamedCsvRecord r : read("survey-items.csv")) {
            for (int fy = Integer.parseInt(r.getField("first_year")); fy <= Integer.parseInt(r.getField("last_year")); fy++) {
                if (years.containsKey(FiscalYear.of(fy))) {
                    survey.add(new SurveyItem(FiscalYear.of(fy), Tool.valueOf(r.getField("tool")), r.getField("item"),
                            Integer.parseInt(r.getField("indicator")), AnswerScale.valueOf(r.getField("scale")),
                            Boolean.parseBoolean(r.getField("reverse_keyed"))));
                }
            }
        }
        return new Methodology(years, items, survey);
    }

    private static List<NamedCsvRecord> read(String file) {
        try (InputStream in = Methodology.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("methodology resource missing: " + BASE + file);
            }
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                    .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return csv.stream().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

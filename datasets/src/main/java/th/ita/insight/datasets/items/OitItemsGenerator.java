package th.ita.insight.datasets.items;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.OitItem;
import th.ita.insight.analytics.methodology.YearMethodology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * SYNTHETIC OIT item results (published 100 / not published 0) for a sample of the demo agencies, in the years whose
 * methodology has an OIT item list, as a long-form scores file of item rows. For each indicator the number of items
 * published is the indicator's score share of its items (rounded), the items chosen at random: the items' mean is
 * the demo's indicator score to within one item. Item rows change no indicator score.
 */
public final class OitItemsGenerator {

    private final Methodology methodology;
    private final long seed;

    public OitItemsGenerator(Methodology methodology, long seed) {
        this.methodology = methodology;
        this.seed = seed;
    }

    public record Result(Path file, long rows, int agencyYears) {}

    public Result generate(Path scoresCsv, Path out) {
        long rows = 0;
        int agencyYears = 0;
        try (CsvReader<NamedCsvRecord> in = CsvReader.builder().ofNamedCsvRecord(scoresCsv, StandardCharsets.UTF_8);
             CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8)) {
            w.writeRecord("fiscal_year", "agency_code", "indicator", "score", "is_synthetic");
            for (NamedCsvRecord r : in) {
                String code = r.getField("agency_code");
                if (!th.ita.insight.datasets.demo.DemoSample.includes(seed, r)) {
                    continue;
                }
                int year = Integer.parseInt(r.getField("fiscal_year"));
                Optional<String> dictionary = methodology.forYear(FiscalYear.of(year)).flatMap(YearMethodology::oitItemDictionary);
                if (dictionary.isEmpty()) {
                    continue;
                }
                SplittableRandom random = th.ita.insight.datasets.demo.DemoSample.random(seed, code, year, 31L);
                agencyYears++;
                for (int indicator : List.of(9, 10)) {
                    String v = r.getField("ind" + indicator);
                    if (v.isBlank()) {
                        continue;
                    }
                    List<OitItem> items = new ArrayList<>(methodology.oitItems(dictionary.get()).stream()
                            .filter(i -> i.indicator() == indicator).toList());
                    long published = Math.round(Double.parseDouble(v) / 100.0 * items.size());
                    Collections.shuffle(items, new java.util.Random(random.nextLong()));
                    for (int k = 0; k < items.size(); k++) {
                        w.writeRecord(String.valueOf(year), code, items.get(k).item(), k < published ? "100" : "0", "true");
                        rows++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out, rows, agencyYears);
    }
}

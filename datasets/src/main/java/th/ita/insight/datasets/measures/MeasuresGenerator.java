package th.ita.insight.datasets.measures;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import th.ita.insight.analytics.measures.SuggestedMeasure;
import th.ita.insight.analytics.measures.SuggestionCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SYNTHETIC measures and progress for a sample of the demo agencies (a {@code --kind measures} file), so that every
 * view and document has something to show. For each sampled agency and assessed year it adopts, for the following
 * year, one catalogue measure for each of its (at most three) weakest indicators below 80, and reports six-month
 * and annual progress with plausible statuses. Measures are drawn from the scores alone; they do not change any
 * score, so the demo says nothing about whether measures work.
 */
public final class MeasuresGenerator {

    /** Share of agencies that record measures. */
    public static final double SAMPLE = th.ita.insight.datasets.demo.DemoSample.SHARE;
    private static final int MAX_PER_YEAR = 3;

    private final SuggestionCatalogue catalogue;
    private final long seed;

    public MeasuresGenerator(SuggestionCatalogue catalogue, long seed) {
        this.catalogue = catalogue;
        this.seed = seed;
    }

    public record Result(Path file, long rows, int agencies) {}

    public Result generate(Path scoresCsv, Path out) {
        long rows = 0;
        java.util.Set<String> agencies = new java.util.TreeSet<>();
        try (CsvReader<NamedCsvRecord> in = CsvReader.builder().ofNamedCsvRecord(scoresCsv, StandardCharsets.UTF_8);
             CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8)) {
            w.writeRecord("fiscal_year", "agency_code", "indicator", "items", "title", "method", "period", "follow_up", "divisions",
                    "round", "status", "result", "reported_on", "is_synthetic");
            for (NamedCsvRecord r : in) {
                String code = r.getField("agency_code");
                if (!th.ita.insight.datasets.demo.DemoSample.includes(seed, r)) {
                    continue;
                }
                int year = Integer.parseInt(r.getField("fiscal_year"));
                SplittableRandom random = th.ita.insight.datasets.demo.DemoSample.random(seed, code, year, 31L);
                List<int[]> weak = new ArrayList<>();
                for (int k = 1; k <= 10; k++) {
                    String v = r.getField("ind" + k);
                    if (!v.isBlank() && Double.parseDouble(v) < 80) {
                        weak.add(new int[] {k, (int) Math.round(Double.parseDouble(v) * 100)});
                    }
                }
                weak.sort(Comparator.comparingInt((int[] a) -> a[1]).thenComparingInt(a -> a[0]));
                int runs = year + 1;
                for (int[] indicator : weak.subList(0, Math.min(MAX_PER_YEAR, weak.size()))) {
                    List<SuggestedMeasure> options = catalogue.forIndicator(indicator[0]);
                    SuggestedMeasure m = options.get(random.nextInt(options.size()));
                    String six = pick(random, new String[] {"in_progress", "done", "planned"}, new double[] {0.6, 0.25, 0.15});
                    String annual = "dropped".equals(six) ? "dropped"
                            : pick(random, new String[] {"done", "in_progress", "dropped"}, new double[] {0.7, 0.2, 0.1});
                    for (String[] round : new String[][] {{"six_month", six, (runs - 543) + "-03-31"}, {"annual", annual, (runs - 543) + "-09-30"}}) {
                        w.writeRecord(String.valueOf(runs), code, String.valueOf(indicator[0]), String.join(" ", m.items()), m.titleTh(),
                                String.join(" | ", m.methodTh()), m.periodTh(), String.join(" | ", m.evidenceTh()),
                                String.join(" | ", m.divisionsTh()), round[0], round[1], result(round[1]), round[2], "true");
                        rows++;
                    }
                }
                agencies.add(code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out, rows, agencies.size());
    }

    private static String result(String status) {
        return switch (status) {
            case "done" -> "ดำเนินการครบตามแผน (ข้อมูลสาธิต)";
            case "in_progress" -> "ดำเนินการแล้วบางส่วน (ข้อมูลสาธิต)";
            case "dropped" -> "ยกเลิกเนื่องจากไม่มีงบประมาณ (ข้อมูลสาธิต)";
            default -> "";
        };
    }

    private static String pick(SplittableRandom random, String[] values, double[] weights) {
        double u = random.nextDouble();
        double acc = 0;
        for (int i = 0; i < values.length; i++) {
            acc += weights[i];
            if (u < acc) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}

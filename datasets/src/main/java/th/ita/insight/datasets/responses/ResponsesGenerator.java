package th.ita.insight.datasets.responses;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import th.ita.insight.analytics.methodology.AnswerScale;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.SurveyItem;
import th.ita.insight.analytics.methodology.Tool;

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
 * SYNTHETIC raw survey responses ({@code --kind responses} files) consistent with a scores file's IIT and EIT
 * indicator scores: each answer is drawn so that its expected score is the agency's indicator score (a four-level
 * answer as Binomial(3, score/100) levels, a yes/no answer as Bernoulli(score/100), reverse-keyed items
 * inverted), so the loaded indicator scores come back close to the demo's, within sampling error. Agency-years are
 * taken newest year first until the requested number of answer rows is written. Streams in and out: memory does
 * not grow with the number of rows.
 */
public final class ResponsesGenerator {

    /** Staff answering IIT and service users answering EIT per agency-year. */
    public static final int IIT_RESPONDENTS = 20;
    public static final int EIT_RESPONDENTS = 30;

    private final Methodology methodology;
    private final long seed;

    public ResponsesGenerator(Methodology methodology, long seed) {
        this.methodology = methodology;
        this.seed = seed;
    }

    /** What was written. */
    public record Result(Path file, long rows, int agencyYears) {}

    public Result generate(Path scoresCsv, Path out, long rows) {
        List<NamedCsvRecord> agencyYears = agencyYearsNewestFirst(scoresCsv);
        SplittableRandom random = new SplittableRandom(seed);
        long written = 0;
        int used = 0;
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8)) {
                w.writeRecord("fiscal_year", "agency_code", "tool", "respondent_id", "item", "answer", "is_synthetic");
                for (NamedCsvRecord r : agencyYears) {
                    if (written >= rows) {
                        break;
                    }
                    FiscalYear year = FiscalYear.of(Integer.parseInt(r.getField("fiscal_year")));
                    List<SurveyItem> items = new ArrayList<>(methodology.surveyItems(year).values());
                    if (items.isEmpty()) {
                        continue;
                    }
                    used++;
                    String code = r.getField("agency_code");
                    for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
                        int respondents = tool == Tool.IIT ? IIT_RESPONDENTS : EIT_RESPONDENTS;
                        List<SurveyItem> ofTool = items.stream().filter(i -> i.tool() == tool).toList();
                        for (int p = 1; p <= respondents && written < rows; p++) {
                            String respondent = tool.name().charAt(0) + String.format("%03d", p);
                            for (SurveyItem item : ofTool) {
                                if (written >= rows) {
                                    break;
                                }
                                double score = Double.parseDouble(r.getField("ind" + item.indicator())) / 100.0;
                                w.writeRecord(year.toString(), code, tool.name(), respondent, item.item(),
                                        answer(item, score, random), "true");
                                written++;
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out, written, used);
    }

    private static String answer(SurveyItem item, double p, SplittableRandom random) {
        if (item.scale() == AnswerScale.FOUR_LEVEL) {
            int level = 1;
            for (int k = 0; k < 3; k++) {
                if (random.nextDouble() < p) {
                    level++;
                }
            }
            return Integer.toString(level);
        }
        boolean good = random.nextDouble() < p;
        // a reverse-keyed yes/no item ("have you seen ...?") scores well when answered no
        return good != item.reverseKeyed() ? "ใช่" : "ไม่ใช่";
    }

    /** The scores file's agency-years with IIT and EIT indicators, newest fiscal year first, then by code. */
    private static List<NamedCsvRecord> agencyYearsNewestFirst(Path scoresCsv) {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(scoresCsv, StandardCharsets.UTF_8)) {
            return csv.stream()
                    .filter(r -> java.util.stream.IntStream.rangeClosed(1, 8).noneMatch(i -> r.getField("ind" + i).isBlank()))
                    .sorted(Comparator.comparing((NamedCsvRecord r) -> r.getField("fiscal_year")).reversed()
                            .thenComparing(r -> r.getField("agency_code")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

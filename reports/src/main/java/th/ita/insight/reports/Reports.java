package th.ita.insight.reports;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.analysis.AgencyAnalyses;
import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.measures.ActionPlans;
import th.ita.insight.analytics.measures.AgencyMeasures;
import th.ita.insight.analytics.measures.PathToPass;
import th.ita.insight.analytics.measures.SuggestionCatalogue;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.reports.analysis.AnalysisReport;
import th.ita.insight.reports.document.Document;
import th.ita.insight.reports.document.DocxWriter;
import th.ita.insight.reports.document.PdfWriter;
import th.ita.insight.reports.measures.ActionPlanReport;
import th.ita.insight.reports.measures.MeasuresReport;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The documents of one agency and fiscal year, as DOCX or PDF: the entry point for the CLI and the dashboard. */
public final class Reports {

    /** The documents this product writes. */
    public enum Kind {
        ANALYSIS("analysis"), MEASURES("measures"), PROGRESS("progress"), ACTIONPLAN("actionplan");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    /** The file formats. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private static final DateTimeFormatter THAI_DATE = DateTimeFormatter.ofPattern("d MMMM G yyyy", Locale.forLanguageTag("th-TH"));

    private final AgencyAnalyses analyses;
    private final AgencyMeasures measures;
    private final ActionPlans plans;
    private final PathToPass paths;
    private final SuggestionCatalogue catalogue;
    private final Clock clock;

    public Reports(AgencyAnalyses analyses, AgencyMeasures measures, ActionPlans plans, PathToPass paths, SuggestionCatalogue catalogue,
                   Clock clock) {
        this.analyses = analyses;
        this.measures = measures;
        this.plans = plans;
        this.paths = paths;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The document about the assessment of {@code year} (the analysis), or about the measures carried out in the
     * year after it (measures, progress), if the agency has scores in {@code year}.
     */
    public Optional<Document> document(Kind kind, AgencyCode code, FiscalYear year) {
        List<AgencyAnalysis> history = analyses.history(code);
        Optional<AgencyAnalysis> current = history.stream().filter(a -> a.fiscalYear().equals(year)).findFirst();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Optional<AgencyAnalysis> previous = history.stream().filter(a -> a.fiscalYear().buddhistEra() == year.buddhistEra() - 1).findFirst();
        String footer = "จัดทำโดย ITA Insight จากคลังข้อมูลผลการประเมิน ITA" + (current.get().synthetic() ? " (ข้อมูลสาธิต สังเคราะห์)" : "")
                + " เมื่อวันที่ " + ThaiBuddhistDate.from(LocalDate.now(clock)).format(THAI_DATE);
        return Optional.of(switch (kind) {
            case ANALYSIS -> AnalysisReport.build(current.get(), previous, paths.plans(current.get()),
                    paths.oitItemsToPublish(current.get()), catalogue, footer);
            case MEASURES -> MeasuresReport.build(current.get(), measures.of(code, FiscalYear.of(year.buddhistEra() + 1)), catalogue, footer);
            case PROGRESS -> MeasuresReport.progress(current.get(), measures.of(code, FiscalYear.of(year.buddhistEra() + 1)), footer);
            case ACTIONPLAN -> ActionPlanReport.build(current.get().nameTh(), year.buddhistEra() + 1,
                    plans.of(code, FiscalYear.of(year.buddhistEra() + 1)), footer);
        });
    }

    /** The document written in the format, if the agency has scores in that year. */
    public Optional<byte[]> write(Kind kind, AgencyCode code, FiscalYear year, Format format) {
        return document(kind, code, year).map(d -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (format) {
                case PDF -> PdfWriter.write(d, out);
                case DOCX -> DocxWriter.write(d, out);
            }
            return out.toByteArray();
        });
    }

    /** A file name such as {@code ita-analysis-06310499-2564.pdf}. */
    public static String fileName(Kind kind, AgencyCode code, FiscalYear year, Format format) {
        return "ita-" + kind.slug() + "-" + code.value() + "-" + year.buddhistEra() + "." + format.extension();
    }
}

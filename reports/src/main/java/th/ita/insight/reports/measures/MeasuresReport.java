package th.ita.insight.reports.measures;

import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.analysis.WeakIndicator;
import th.ita.insight.analytics.measures.AgencyMeasures;
import th.ita.insight.analytics.measures.SuggestedMeasure;
import th.ita.insight.analytics.measures.SuggestionCatalogue;
import th.ita.insight.reports.document.Block;
import th.ita.insight.reports.document.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) for the fiscal year after an assessment, in the
 * columns agencies use (measure, method, period, follow-up, responsible), one section per weak indicator in the
 * order that lifts the total most. Until an agency has recorded its own measures the document lists the
 * catalogue's suggestions and says so on its first page.
 */
public final class MeasuresReport {

    private MeasuresReport() {
    }

    /** With the agency's recorded measures for the next year; the catalogue's suggestions when there are none. */
    public static Document build(AgencyAnalysis assessed, List<AgencyMeasures.Measure> recorded, SuggestionCatalogue catalogue, String footer) {
        if (!recorded.isEmpty()) {
            return recorded(assessed, recorded, footer);
        }
        return suggested(assessed, catalogue, footer);
    }

    private static Document recorded(AgencyAnalysis assessed, List<AgencyMeasures.Measure> measures, String footer) {
        int fy = assessed.fiscalYear().buddhistEra();
        String name = assessed.nameTh();
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ" + name + " ประจำปีงบประมาณ พ.ศ. " + (fy + 1)));
        if (assessed.synthetic() || measures.stream().anyMatch(AgencyMeasures.Measure::synthetic)) {
            b.add(Block.Note.synthetic());
        }
        b.add(Block.Paragraph.indented("จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. " + fy
                + " หน่วยงานกำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. " + (fy + 1) + " ดังนี้", 1));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (AgencyMeasures.Measure m : measures) {
            rows.add(List.of(number++ + ". " + m.title() + "\n(ตัวชี้วัดที่ " + m.indicators().stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ")) + (m.items().isEmpty() ? "" : "; ข้อ " + String.join(", ", m.items())) + ")",
                    numbered(m.method().map(MeasuresReport::parts).orElse(List.of())), m.period().orElse(""),
                    numbered(m.followUp().map(MeasuresReport::parts).orElse(List.of())), String.join("\n", m.divisions())));
        }
        b.add(new Block.Table(List.of("มาตรการ/แนวทาง", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "การติดตามผล", "ผู้รับผิดชอบ"), rows,
                List.of(24, 36, 12, 16, 12), List.of()));
        return new Document("มาตรการส่งเสริมคุณธรรมและความโปร่งใส " + (fy + 1) + " " + name, b, footer);
    }

    /**
     * The report on the measures of the year after the assessment (structure of the six-month and annual reports
     * agencies publish): each measure with its method, period, what was done and its status in the latest round.
     */
    public static Document progress(AgencyAnalysis assessed, List<AgencyMeasures.Measure> measures, String footer) {
        int fy = assessed.fiscalYear().buddhistEra() + 1;
        String name = assessed.nameTh();
        boolean annual = measures.stream().anyMatch(m -> m.progress().containsKey(AgencyMeasures.Round.ANNUAL));
        String round = annual ? "ประจำปี (รอบ 12 เดือน)" : "รอบ 6 เดือน";
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส " + round + " ของ" + name
                + " ประจำปีงบประมาณ พ.ศ. " + fy));
        if (measures.stream().anyMatch(AgencyMeasures.Measure::synthetic)) {
            b.add(Block.Note.synthetic());
        }
        if (measures.isEmpty()) {
            b.add(new Block.Note("ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. " + fy + " ในระบบ จึงยังไม่มีผลการดำเนินการให้รายงาน: "
                    + "นำเข้ามาตรการด้วย ./ita ingest --kind measures (ดู docs/formats.md)"));
            return new Document("รายงานผลการดำเนินการตามมาตรการ " + fy + " " + name, b, footer);
        }
        b.add(Block.Paragraph.indented("ตามที่ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสของ" + name + " ประจำปีงบประมาณ พ.ศ. " + (fy - 1)
                + " และกำหนดมาตรการสำหรับปีงบประมาณ พ.ศ. " + fy + " หน่วยงานขอรายงานผลการดำเนินการ" + round + " ดังนี้", 1));
        List<List<String>> rows = new ArrayList<>();
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        int number = 1;
        for (AgencyMeasures.Measure m : measures) {
            AgencyMeasures.Progress p = m.progress().getOrDefault(annual ? AgencyMeasures.Round.ANNUAL : AgencyMeasures.Round.SIX_MONTH,
                    m.progress().get(AgencyMeasures.Round.SIX_MONTH));
            String status = p == null ? "ยังไม่รายงาน" : STATUS_TH.getOrDefault(p.status(), p.status());
            byStatus.merge(status, 1, Integer::sum);
            rows.add(List.of(number++ + ". " + m.title(), numbered(m.method().map(MeasuresReport::parts).orElse(List.of())),
                    m.period().orElse(""), p == null ? "" : p.result().orElse("") + p.reportedOn().map(d -> "\n(รายงาน "
                            + java.time.chrono.ThaiBuddhistDate.from(d).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                            java.util.Locale.forLanguageTag("th-TH"))) + ")").orElse(""),
                    status, String.join("\n", m.divisions())));
        }
        b.add(new Block.Table(List.of("มาตรการ/แนวทาง", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "ผลการดำเนินการ", "สถานะ", "ผู้รับผิดชอบ"), rows,
                List.of(21, 24, 10, 20, 15, 10), List.of()));
        b.add(Block.Paragraph.indented("สรุป: มาตรการทั้งหมด " + measures.size() + " มาตรการ — " + byStatus.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")), 1));
        return new Document("รายงานผลการดำเนินการตามมาตรการ " + fy + " " + name, b, footer);
    }

    private static final Map<String, String> STATUS_TH = Map.of("planned", "ยังไม่ดำเนินการ", "in_progress", "อยู่ระหว่างดำเนินการ",
            "done", "ดำเนินการแล้ว", "dropped", "ยกเลิก");

    private static List<String> parts(String text) {
        return java.util.Arrays.stream(text.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static Document suggested(AgencyAnalysis assessed, SuggestionCatalogue catalogue, String footer) {
        int fy = assessed.fiscalYear().buddhistEra();
        String name = assessed.nameTh();
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ" + name + " ประจำปีงบประมาณ พ.ศ. " + (fy + 1)));
        if (assessed.synthetic()) {
            b.add(Block.Note.synthetic());
        }
        b.add(new Block.Note("ยังไม่มีมาตรการที่หน่วยงานบันทึกไว้ในระบบ: มาตรการต่อไปนี้เป็นข้อเสนอจากคลังมาตรการของ ITA Insight "
                + "เพื่อให้หน่วยงานพิจารณา ปรับแก้ หรือไม่นำมาใช้ เป็นข้อเสนอเท่านั้น ไม่ใช่มาตรการที่หน่วยงานรับรองแล้ว"));
        b.add(Block.Paragraph.indented("จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. " + fy
                + (assessed.total().isPresent() ? " (คะแนนรวม " + String.format(Locale.ROOT, "%.2f", assessed.total().getAsDouble())
                + " ระดับ " + assessed.rating().orElse("—") + ")" : "")
                + " ตัวชี้วัดที่ได้คะแนนต่ำกว่า 80 คะแนนนำมาสู่มาตรการเพื่อยกระดับในปีงบประมาณ พ.ศ. " + (fy + 1) + " ดังนี้", 1));
        if (assessed.weakIndicators().isEmpty()) {
            b.add(Block.Paragraph.indented("ทุกตัวชี้วัดได้คะแนนตั้งแต่ 80 คะแนนขึ้นไป: ควรรักษามาตรฐานการดำเนินงานเดิมไว้", 1));
        }
        int number = 1;
        for (WeakIndicator w : assessed.weakIndicators()) {
            b.add(new Block.Heading(3, "ตัวชี้วัดที่ " + w.indicator() + " " + w.nameTh() + " (" + String.format(Locale.ROOT, "%.2f", w.score())
                    + " คะแนน; คะแนนรวมเพิ่มขึ้น " + String.format(Locale.ROOT, "%.2f", w.gainToThreshold()) + " หากถึง 80)"));
            List<List<String>> rows = new ArrayList<>();
            for (SuggestedMeasure m : catalogue.forIndicator(w.indicator())) {
                rows.add(List.of(number++ + ". " + m.titleTh() + (m.items().isEmpty() ? "" : "\n(ข้อ " + String.join(", ", m.items()) + ")"),
                        numbered(m.methodTh()), m.periodTh(), numbered(m.evidenceTh()), String.join("\n", m.divisionsTh())));
            }
            b.add(new Block.Table(List.of("มาตรการ/แนวทาง", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "การติดตามผล", "ผู้รับผิดชอบ"), rows,
                    List.of(24, 36, 12, 16, 12), List.of()));
        }
        return new Document("มาตรการส่งเสริมคุณธรรมและความโปร่งใส " + (fy + 1) + " " + name, b, footer);
    }

    private static String numbered(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add((i + 1) + ". " + lines.get(i));
        }
        return String.join("\n", out);
    }
}

package th.ita.insight.reports.measures;

import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.analysis.WeakIndicator;
import th.ita.insight.analytics.measures.SuggestedMeasure;
import th.ita.insight.analytics.measures.SuggestionCatalogue;
import th.ita.insight.reports.document.Block;
import th.ita.insight.reports.document.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) for the fiscal year after an assessment, in the
 * columns agencies use (measure, method, period, follow-up, responsible), one section per weak indicator in the
 * order that lifts the total most. Until an agency has recorded its own measures the document lists the
 * catalogue's suggestions and says so on its first page.
 */
public final class MeasuresReport {

    private MeasuresReport() {
    }

    public static Document build(AgencyAnalysis assessed, SuggestionCatalogue catalogue, String footer) {
        int fy = assessed.fiscalYear().buddhistEra();
        String name = assessed.nameTh();
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ" + name + " ประจำปีงบประมาณ พ.ศ. " + (fy + 1)));
        if (assessed.synthetic()) {
            b.add(new Block.Note("ข้อมูลสาธิต (สังเคราะห์): ตัวเลขในเอกสารนี้ไม่ใช่ผลการประเมินจริงของหน่วยงาน"));
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

package th.ita.insight.reports.analysis;

import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.analysis.IndicatorClass;
import th.ita.insight.analytics.analysis.IndicatorResult;
import th.ita.insight.analytics.analysis.WeakIndicator;
import th.ita.insight.analytics.measures.PathToPass;
import th.ita.insight.analytics.measures.SuggestedMeasure;
import th.ita.insight.analytics.measures.SuggestionCatalogue;
import th.ita.insight.reports.document.Block;
import th.ita.insight.reports.document.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The annual "analysis of the ITA result" in the structure agencies publish (seed 002): the overall score and
 * band with the change on last year in points and percent, the table by tool and indicator for both years, the
 * strengths and weaknesses in the four standard classes, the issues to develop per weak indicator (with the
 * measures the catalogue suggests), and — new — the path to 85 and to 95.
 */
public final class AnalysisReport {

    private static final Map<String, String> TOOL_TH = Map.of(
            "IIT", "IIT แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน",
            "EIT", "EIT แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก",
            "OIT", "OIT แบบตรวจการเปิดเผยข้อมูลสาธารณะ");

    private AnalysisReport() {
    }

    /**
     * @param current  the analysed year
     * @param previous the year before, if the agency has it
     * @param plans    the paths to 85 and 95 (may be empty)
     * @param oitItems the OIT items to publish first (empty when the store has no OIT item results)
     * @param footer   who made the document from which data, and when
     */
    public static Document build(AgencyAnalysis current, Optional<AgencyAnalysis> previous, List<PathToPass.Plan> plans,
                                 List<PathToPass.ItemStep> oitItems, SuggestionCatalogue catalogue, String footer) {
        int fy = current.fiscalYear().buddhistEra();
        String name = current.nameTh();
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. "
                + fy + " ของ" + name));
        b.add(new Block.Paragraph(name + " · " + current.province(), 0, false));
        if (current.synthetic()) {
            b.add(Block.Note.synthetic());
        }
        String total = current.total().isPresent() ? two(current.total().getAsDouble()) : "ไม่ครบ";
        b.add(new Block.Paragraph("คะแนนภาพรวมหน่วยงาน : " + total + " คะแนน ระดับผลการประเมิน : " + current.rating().orElse("—")
                + (current.ratingDerived() ? " (ระดับคำนวณจากคะแนนตามเกณฑ์เดิม)" : ""), 0, true));

        b.add(new Block.Heading(2, "1. การวิเคราะห์ผลการประเมิน"));
        b.add(Block.Paragraph.indented("1) " + overall(current, previous), 1));
        Optional<Integer> prevYear = previous.map(p -> p.fiscalYear().buddhistEra());
        b.add(Block.Paragraph.indented("2) สรุปผลการประเมินประจำปีงบประมาณ พ.ศ. " + fy
                + prevYear.map(y -> " (เทียบกับปีงบประมาณ พ.ศ. " + y + ")").orElse("") + " ดังนี้", 1));
        b.add(comparisonTable(current, previous));

        Map<IndicatorClass, List<Integer>> classes = current.classification();
        int item = 3;
        item = classList(b, item, "จุดแข็ง : ตัวชี้วัดที่ได้รับผลการประเมินมากที่สุด คือ", classes.get(IndicatorClass.HIGHEST), current);
        item = classList(b, item, "จุดแข็ง : ตัวชี้วัดที่ได้รับผลการประเมินเพิ่มขึ้น และได้รับคะแนนตั้งแต่ 80 คะแนนขึ้นไป คือ",
                classes.get(IndicatorClass.STRENGTH), current);
        item = classList(b, item, "จุดอ่อน : ตัวชี้วัดที่ได้รับผลการประเมินเพิ่มขึ้น แต่มีค่าคะแนนน้อยกว่า 80 คะแนน คือ",
                classes.get(IndicatorClass.WEAKNESS_INCREASED), current);
        item = classList(b, item, "จุดอ่อน : ตัวชี้วัดที่ได้รับผลการประเมินลดลง คือ", classes.get(IndicatorClass.WEAKNESS_DECREASED), current);
        if (!classes.get(IndicatorClass.UNCHANGED).isEmpty()) {
            classList(b, item, "ตัวชี้วัดที่ได้รับผลการประเมินเท่าเดิม คือ", classes.get(IndicatorClass.UNCHANGED), current);
        }

        b.add(new Block.Heading(2, "2. ประเด็นที่ควรพัฒนา"));
        if (current.weakIndicators().isEmpty()) {
            b.add(Block.Paragraph.indented("ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่า 80 คะแนน", 1));
        } else {
            b.add(Block.Paragraph.indented("ตัวชี้วัดที่ได้คะแนนต่ำกว่า 80 คะแนน เรียงตามคะแนนรวมที่จะเพิ่มขึ้นหากยกระดับถึง 80 คะแนน (มากไปน้อย)", 1));
            List<List<String>> rows = new ArrayList<>();
            for (WeakIndicator w : current.weakIndicators()) {
                List<String> ideas = catalogue.forIndicator(w.indicator()).stream().map(SuggestedMeasure::titleTh).limit(3)
                        .map(t -> "- " + t).toList();
                rows.add(List.of("ตัวชี้วัดที่ " + w.indicator() + "\n" + w.nameTh(), two(w.score()), "+" + two(w.gainToThreshold()),
                        catalogue.focus(w.indicator(), false), String.join("\n", ideas)));
            }
            b.add(new Block.Table(List.of("ตัวชี้วัด", "คะแนน", "คะแนนรวมเพิ่มขึ้นหากถึง 80", "ประเด็นการประเมิน", "ประเด็นที่ควรพัฒนา (ข้อเสนอ)"),
                    rows, List.of(16, 10, 12, 27, 35), List.of()));
        }

        if (!plans.isEmpty()) {
            b.add(new Block.Heading(2, "3. เส้นทางสู่เกณฑ์ผ่าน"));
            b.add(Block.Paragraph.indented("ตัวชี้วัดน้อยที่สุดที่ต้องยกระดับเพื่อให้คะแนนรวมถึงเป้าหมาย โดยแต่ละตัวชี้วัดยกระดับได้ไม่เกินคะแนนที่หน่วยงาน"
                    + "ประเภทเดียวกันกลุ่มร้อยละ 10 สูงสุดทั่วประเทศทำได้ในปีเดียวกัน (เพดานที่เป็นจริงได้)", 1));
            for (PathToPass.Plan plan : plans) {
                String target = two(plan.target());
                if (plan.alreadyThere()) {
                    b.add(Block.Paragraph.indented("เป้าหมาย " + target + " คะแนน: คะแนนรวมถึงเป้าหมายแล้ว", 1));
                    continue;
                }
                b.add(Block.Paragraph.indented("เป้าหมาย " + target + " คะแนน" + (plan.reachable() ? ""
                        : " (ยกระดับทุกตัวชี้วัดถึงเพดานแล้วยังไม่ถึงเป้าหมาย)"), 1));
                List<List<String>> rows = new ArrayList<>();
                int step = 1;
                for (PathToPass.Step s : plan.steps()) {
                    rows.add(List.of(String.valueOf(step++), "ตัวชี้วัดที่ " + s.indicator() + " " + s.nameTh(), two(s.from()), two(s.to()),
                            two(s.ceiling()), "+" + two(s.points()), two(s.totalAfter())));
                }
                b.add(new Block.Table(List.of("ลำดับ", "ตัวชี้วัด", "คะแนนปัจจุบัน", "ยกระดับเป็น", "เพดาน", "คะแนนรวมเพิ่ม", "คะแนนรวมหลังยกระดับ"),
                        rows, List.of(7, 33, 12, 12, 10, 12, 14), List.of()));
            }
            if (!oitItems.isEmpty()) {
                b.add(Block.Paragraph.indented("การเปิดเผยข้อมูลสาธารณะ (OIT): ข้อที่ยังไม่ได้คะแนนเต็ม เรียงตามคะแนนรวมที่จะเพิ่มขึ้นเมื่อเปิดเผยครบถ้วน"
                        + " (" + oitItems.size() + " ข้อ)", 1));
                List<List<String>> rows = new ArrayList<>();
                int step = 1;
                for (PathToPass.ItemStep s : oitItems) {
                    rows.add(List.of(String.valueOf(step++), s.item().toUpperCase(java.util.Locale.ROOT)
                            + (s.nameTh().isBlank() ? "" : " " + s.nameTh()), "ตัวชี้วัดที่ " + s.indicator() + " (" + s.subIndicator() + ")",
                            two(s.score()), "+" + two(s.points())));
                }
                b.add(new Block.Table(List.of("ลำดับ", "ข้อ", "ตัวชี้วัดย่อย", "คะแนนปัจจุบัน", "คะแนนรวมเพิ่ม"),
                        rows, List.of(8, 40, 22, 15, 15), List.of()));
            }
        }
        return new Document("การวิเคราะห์ผลการประเมิน ITA " + fy + " " + name, b, footer);
    }

    private static String overall(AgencyAnalysis current, Optional<AgencyAnalysis> previous) {
        String name = current.nameTh();
        int fy = current.fiscalYear().buddhistEra();
        if (current.total().isEmpty()) {
            return name + " ได้รับผลการประเมินไม่ครบทุกตัวชี้วัดในปีงบประมาณ พ.ศ. " + fy + " จึงไม่มีคะแนนรวม ("
                    + current.missingReason().orElse("ข้อมูลไม่ครบ") + ")";
        }
        String now = "ระดับ " + current.rating().orElse("—") + " (" + two(current.total().getAsDouble()) + " คะแนน)";
        if (current.change().isEmpty() || previous.isEmpty()) {
            return name + " ได้รับผลการประเมินอยู่ในระดับ " + now.substring("ระดับ ".length())
                    + " ไม่มีผลการประเมินปีก่อนให้เปรียบเทียบ";
        }
        var c = current.change().get();
        String direction = c.points() > 0 ? "เพิ่มขึ้น" : c.points() < 0 ? "ลดลง" : "เท่าเดิม";
        AgencyAnalysis p = previous.get();
        return name + " ได้รับผลการประเมินอยู่ในระดับ " + now.substring("ระดับ ".length()) + " ซึ่ง" + direction
                + "จากปีงบประมาณ พ.ศ. " + p.fiscalYear().buddhistEra() + " ที่ได้รับผลการประเมินอยู่ในระดับ " + p.rating().orElse("—")
                + " (" + two(c.previousTotal()) + " คะแนน) คิดเป็นร้อยละ " + signed(c.percent()) + " (" + signed(c.points()) + " คะแนน)";
    }

    private static Block.Table comparisonTable(AgencyAnalysis current, Optional<AgencyAnalysis> previous) {
        int fy = current.fiscalYear().buddhistEra();
        String prevLabel = previous.map(p -> String.valueOf(p.fiscalYear().buddhistEra())).orElse(String.valueOf(fy - 1));
        List<List<String>> rows = new ArrayList<>();
        String lastTool = "";
        for (IndicatorResult r : current.indicators()) {
            String tool = r.tool().equals(lastTool) ? "" : TOOL_TH.getOrDefault(r.tool(), r.tool());
            lastTool = r.tool();
            rows.add(List.of(tool, r.indicator() + ". " + r.nameTh(), r.previous().isPresent() ? two(r.previous().getAsDouble()) : "—",
                    two(r.score()), direction(r.change())));
        }
        OptionalDouble prevTotal = previous.map(AgencyAnalysis::total).orElse(OptionalDouble.empty());
        rows.add(List.of("", "คะแนนรวม", prevTotal.isPresent() ? two(prevTotal.getAsDouble()) : "—",
                current.total().isPresent() ? two(current.total().getAsDouble()) : "—",
                current.change().map(c -> direction(OptionalDouble.of(c.points()))).orElse("")));
        rows.add(List.of("", "ระดับผลการประเมิน", previous.flatMap(AgencyAnalysis::rating).orElse("—"), current.rating().orElse("—"), ""));
        return new Block.Table(List.of("เครื่องมือ", "ตัวชี้วัด", prevLabel, String.valueOf(fy), "การเปลี่ยนแปลง"), rows,
                List.of(24, 36, 12, 12, 16), List.of(rows.size() - 2, rows.size() - 1));
    }

    private static int classList(List<Block> b, int item, String title, List<Integer> indicators, AgencyAnalysis a) {
        b.add(Block.Paragraph.indented(item + ") " + title, 1));
        if (indicators.isEmpty()) {
            b.add(Block.Paragraph.indented("ไม่มี", 2));
        }
        int n = 1;
        for (int ind : indicators) {
            String nameTh = a.indicators().stream().filter(r -> r.indicator() == ind).map(IndicatorResult::nameTh).findFirst().orElse("");
            b.add(Block.Paragraph.indented(item + "." + n++ + " ตัวชี้วัดที่ " + ind + " " + nameTh, 2));
        }
        return item + 1;
    }

    private static String direction(OptionalDouble change) {
        if (change.isEmpty()) {
            return "—";
        }
        double c = change.getAsDouble();
        return c > 0 ? "เพิ่มขึ้น" : c < 0 ? "ลดลง" : "เท่าเดิม";
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}

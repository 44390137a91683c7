package th.ita.insight.reports.measures;

import th.ita.insight.analytics.measures.ActionPlans;
import th.ita.insight.reports.document.Block;
import th.ita.insight.reports.document.Document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) in the structure agencies publish (seed 004): the
 * projects with their dimension, budget and quarters, the totals (budget; projects per quarter), the totals per
 * dimension, the legend of the four dimensions, then one section per project with its details.
 */
public final class ActionPlanReport {

    private static final String MARK = "•";   // Sarabun has no check-box glyph

    private ActionPlanReport() {
    }

    public static Document build(String agencyName, int fiscalYear, List<ActionPlans.Project> projects, String footer) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. " + fiscalYear + " ของ" + agencyName));
        if (projects.stream().anyMatch(ActionPlans.Project::synthetic)) {
            b.add(Block.Note.synthetic());
        }
        if (projects.isEmpty()) {
            b.add(new Block.Note("ยังไม่มีแผนปฏิบัติการของปีงบประมาณ พ.ศ. " + fiscalYear + " ในระบบ: นำเข้าด้วย ./ita ingest --kind actionplan "
                    + "(ดู docs/formats.md)"));
            return new Document("แผนปฏิบัติการป้องกันการทุจริต " + fiscalYear + " " + agencyName, b, footer);
        }
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int[] perQuarter = new int[5];
        for (ActionPlans.Project p : projects) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(p.seq()), p.title(), String.valueOf(p.dimension()), baht(p.budget())));
            for (int q = 1; q <= 4; q++) {
                row.add(p.quarters().contains(q) ? MARK : "");
                perQuarter[q] += p.quarters().contains(q) ? 1 : 0;
            }
            rows.add(row);
            total = total.add(p.budget());
        }
        rows.add(List.of("", "รวมทั้งสิ้น " + projects.size() + " โครงการ", "", baht(total), String.valueOf(perQuarter[1]),
                String.valueOf(perQuarter[2]), String.valueOf(perQuarter[3]), String.valueOf(perQuarter[4])));
        b.add(new Block.Table(List.of("ที่", "รายการโครงการ", "มิติ", "งบประมาณ (บาท)", "ไตรมาส\n1", "ไตรมาส\n2", "ไตรมาส\n3", "ไตรมาส\n4"),
                rows, List.of(5, 31, 6, 14, 11, 11, 11, 11), List.of(rows.size() - 1)));

        List<List<String>> dims = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            int dim = d;
            List<ActionPlans.Project> of = projects.stream().filter(p -> p.dimension() == dim).toList();
            dims.add(List.of("มิติ " + d + " " + ActionPlans.DIMENSIONS_TH.get(d - 1), String.valueOf(of.size()),
                    baht(of.stream().map(ActionPlans.Project::budget).reduce(BigDecimal.ZERO, BigDecimal::add))));
        }
        dims.add(List.of("รวม", String.valueOf(projects.size()), baht(total)));
        b.add(new Block.Heading(2, "สรุปตามมิติ"));
        b.add(new Block.Table(List.of("มิติ", "จำนวนโครงการ", "งบประมาณ (บาท)"), dims, List.of(60, 15, 25), List.of(dims.size() - 1)));

        b.add(new Block.Heading(2, "รายละเอียดโครงการ"));
        for (ActionPlans.Project p : projects) {
            b.add(new Block.Heading(3, "ลำดับที่ " + p.seq() + " " + p.title()));
            b.add(Block.Paragraph.indented("มิติ " + p.dimension() + " " + ActionPlans.DIMENSIONS_TH.get(p.dimension() - 1), 1));
            p.objective().ifPresent(v -> b.add(Block.Paragraph.indented("วัตถุประสงค์: " + v, 1)));
            p.targetGroup().ifPresent(v -> b.add(Block.Paragraph.indented("กลุ่มเป้าหมาย: " + v, 1)));
            p.method().ifPresent(v -> b.add(Block.Paragraph.indented("วิธีดำเนินการ: " + v, 1)));
            b.add(Block.Paragraph.indented("ระยะเวลาดำเนินการ: ไตรมาส " + String.join(", ", p.quarters().stream().map(String::valueOf).toList())
                    + " ของปีงบประมาณ พ.ศ. " + fiscalYear, 1));
            b.add(Block.Paragraph.indented("งบประมาณ: " + (p.budget().signum() == 0 ? "ดำเนินการโดยไม่ใช้งบประมาณ" : baht(p.budget()) + " บาท"), 1));
            p.responsible().ifPresent(v -> b.add(Block.Paragraph.indented("ผู้รับผิดชอบ: " + v, 1)));
            p.outputs().ifPresent(v -> b.add(Block.Paragraph.indented("ผลผลิต/ผลลัพธ์: " + v, 1)));
            p.note().ifPresent(v -> b.add(Block.Paragraph.indented("หมายเหตุ: " + v, 1)));
        }
        return new Document("แผนปฏิบัติการป้องกันการทุจริต " + fiscalYear + " " + agencyName, b, footer);
    }

    static String baht(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}

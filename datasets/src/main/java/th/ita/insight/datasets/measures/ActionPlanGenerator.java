package th.ita.insight.datasets.measures;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * SYNTHETIC anti-corruption action plans ({@code --kind actionplan}) for the same sample of demo agencies as
 * {@link MeasuresGenerator}: for every year after an assessed year, four to seven projects from a short list of
 * typical projects (written for this product) across the four dimensions, with budgets and quarters.
 */
public final class ActionPlanGenerator {

    /** title, dimension, typical budget in baht (0 = none), target group, responsible */
    private static final String[][] PROJECTS = {
            {"อบรมส่งเสริมคุณธรรมจริยธรรมให้บุคลากร", "1", "20000", "บุคลากรทุกคน", "สำนักปลัด"},
            {"ประกาศเจตจำนงสุจริตของผู้บริหาร", "1", "0", "ผู้บริหารและบุคลากร", "สำนักปลัด"},
            {"กิจกรรมปลูกฝังความซื่อสัตย์ในโรงเรียนและศูนย์พัฒนาเด็กเล็ก", "1", "10000", "นักเรียนและเด็กเล็ก", "กองการศึกษา"},
            {"มาตรการไม่รับของขวัญและของกำนัล", "2", "0", "ผู้บริหารและบุคลากร", "สำนักปลัด"},
            {"เผยแพร่แผนจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือน", "2", "0", "ประชาชนทั่วไป", "กองคลัง"},
            {"ลดขั้นตอนและระยะเวลาการให้บริการ", "2", "5000", "ผู้รับบริการ", "ทุกกอง"},
            {"จัดเวทีประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น", "3", "15000", "ประชาชนในพื้นที่", "สำนักปลัด"},
            {"ช่องทางรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริต", "3", "0", "ประชาชนทั่วไป", "สำนักปลัด"},
            {"แต่งตั้งตัวแทนประชาชนร่วมตรวจรับงานจ้าง", "3", "0", "ตัวแทนประชาชน", "กองช่าง"},
            {"ตรวจสอบภายในตามแผนการตรวจสอบประจำปี", "4", "0", "ทุกกอง", "หน่วยตรวจสอบภายใน"},
            {"ส่งเสริมศักยภาพสมาชิกสภาท้องถิ่นในการตรวจสอบ", "4", "30000", "สมาชิกสภาท้องถิ่น", "สำนักปลัด"},
            {"รายงานผลการควบคุมภายในและการบริหารความเสี่ยง", "4", "0", "ผู้บริหาร", "หน่วยตรวจสอบภายใน"},
    };

    private final long seed;

    public ActionPlanGenerator(long seed) {
        this.seed = seed;
    }

    public record Result(Path file, long rows) {}

    public Result generate(Path scoresCsv, Path out) {
        long rows = 0;
        try (CsvReader<NamedCsvRecord> in = CsvReader.builder().ofNamedCsvRecord(scoresCsv, StandardCharsets.UTF_8);
             CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8)) {
            w.writeRecord("fiscal_year", "agency_code", "title", "dimension", "budget", "quarters", "target_group", "objective", "method",
                    "responsible", "outputs", "note", "is_synthetic");
            for (NamedCsvRecord r : in) {
                String code = r.getField("agency_code");
                if (!th.ita.insight.datasets.demo.DemoSample.includes(seed, r)) {
                    continue;
                }
                int year = Integer.parseInt(r.getField("fiscal_year")) + 1;
                SplittableRandom random = th.ita.insight.datasets.demo.DemoSample.random(seed, code, year, 17L);
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < PROJECTS.length; i++) {
                    order.add(i);
                }
                for (int i = order.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    order.set(j, order.set(i, order.get(j)));
                }
                int n = 4 + random.nextInt(4);
                for (int i : order.subList(0, n).stream().sorted().toList()) {
                    String[] p = PROJECTS[i];
                    int typical = Integer.parseInt(p[2]);
                    long budget = typical == 0 ? 0 : Math.round(typical * (0.5 + random.nextDouble()) / 1000.0) * 1000;
                    TreeSet<Integer> quarters = new TreeSet<>();
                    int from = 1 + random.nextInt(4);
                    int to = typical == 0 ? 4 : Math.min(4, from + random.nextInt(2));
                    for (int q = from; q <= to; q++) {
                        quarters.add(q);
                    }
                    w.writeRecord(String.valueOf(year), code, p[0], p[1], budget + ".00",
                            String.join(" ", quarters.stream().map(String::valueOf).toList()), p[3], "", "", p[4], "", "ข้อมูลสาธิต", "true");
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out, rows);
    }
}

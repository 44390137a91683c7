package th.ita.insight.ingest.load;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the Thai and English header spellings found in agencies' files to canonical column names. */
final class Headers {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ปีงบประมาณ", "fiscal_year"), Map.entry("ปี", "fiscal_year"), Map.entry("year", "fiscal_year"),
            Map.entry("fy", "fiscal_year"),
            Map.entry("รหัสหน่วยงาน", "agency_code"), Map.entry("รหัส", "agency_code"), Map.entry("code", "agency_code"),
            Map.entry("รหัส_อปท.", "agency_code"), Map.entry("รหัส_อปท", "agency_code"),
            Map.entry("ชื่อหน่วยงาน", "agency_name"), Map.entry("หน่วยงาน", "agency_name"), Map.entry("name", "agency_name"),
            Map.entry("name_th", "agency_name"),
            Map.entry("ประเภท", "agency_type"), Map.entry("ประเภทหน่วยงาน", "agency_type"), Map.entry("type", "agency_type"),
            Map.entry("จังหวัด", "province"), Map.entry("อำเภอ", "district"),
            Map.entry("คะแนนรวม", "total"), Map.entry("คะแนน_ita", "total"), Map.entry("ระดับ", "rating"),
            Map.entry("ผลการประเมิน", "label_th"), Map.entry("ที่มา", "source_ref"),
            Map.entry("ด้าน", "service_area"), Map.entry("ด้านบริการ", "service_area"),
            Map.entry("จำนวนผู้ตอบ", "respondents"), Map.entry("n", "respondents"),
            Map.entry("ค่าเฉลี่ย", "mean_score"), Map.entry("mean", "mean_score"),
            Map.entry("ส่วนเบี่ยงเบนมาตรฐาน", "sd"), Map.entry("s.d.", "sd"),
            Map.entry("ร้อยละความพึงพอใจ", "percent_satisfied"), Map.entry("ร้อยละ", "percent_satisfied"),
            Map.entry("percent", "percent_satisfied"),
            Map.entry("เครื่องมือ", "tool"), Map.entry("แบบวัด", "tool"),
            Map.entry("รหัสผู้ตอบ", "respondent_id"), Map.entry("ผู้ตอบ", "respondent_id"), Map.entry("respondent", "respondent_id"),
            Map.entry("ข้อ", "item"), Map.entry("ข้อคำถาม", "item"), Map.entry("คำตอบ", "answer"),
            Map.entry("มาตรการ", "title"), Map.entry("มาตรการ/แนวทาง", "title"), Map.entry("measure", "title"),
            Map.entry("วิธีดำเนินการ", "method"), Map.entry("ระยะเวลาดำเนินการ", "period"), Map.entry("ระยะเวลา", "period"),
            Map.entry("การติดตามผล", "follow_up"), Map.entry("ผู้รับผิดชอบ", "divisions"), Map.entry("responsible", "divisions"),
            Map.entry("ข้อการประเมิน", "items"), Map.entry("รอบรายงาน", "round"), Map.entry("รอบ", "round"),
            Map.entry("สถานะ", "status"), Map.entry("ผลการดำเนินการ", "result"), Map.entry("วันที่รายงาน", "reported_on"),
            Map.entry("รายการโครงการ", "title"), Map.entry("โครงการ", "title"), Map.entry("project", "title"),
            Map.entry("มิติ", "dimension"), Map.entry("งบประมาณ", "budget"), Map.entry("งบประมาณ_(บาท)", "budget"),
            Map.entry("ไตรมาส", "quarters"), Map.entry("ดำเนินการไตรมาส", "quarters"), Map.entry("กลุ่มเป้าหมาย", "target_group"),
            Map.entry("วัตถุประสงค์", "objective"), Map.entry("ผลผลิต/ผลลัพธ์", "outputs"), Map.entry("หมายเหตุ", "note"),
            Map.entry("ตัวชี้วัด", "indicator"), Map.entry("ตัวชี้วัดที่", "indicator"), Map.entry("คะแนน", "score"));

    private static final Pattern INDICATOR = Pattern.compile(
            "(?:ind|indicator|ตัวชี้วัดที่|ตัวชี้วัด|i)_?([0-9๐-๙]{1,2})");

    private Headers() {
    }

    static String canonical(String normalisedHeader) {
        String h = Values.asciiDigits(normalisedHeader);
        String alias = ALIASES.get(h);
        if (alias != null) {
            return alias;
        }
        Matcher m = INDICATOR.matcher(h);
        if (m.matches() && !h.startsWith("i_") && !h.matches("i[0-9]+")) {
            return "ind" + Integer.parseInt(m.group(1));
        }
        return h;
    }
}

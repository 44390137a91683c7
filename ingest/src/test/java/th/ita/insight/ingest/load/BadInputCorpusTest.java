package th.ita.insight.ingest.load;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The corpus of bad and awkward inputs people really send: each case is a file, the kind it is loaded as (or
 * detected), and its expected outcome — the rows loaded and the rules of the rejects in order, or a whole-file
 * error naming the file, after which the store must be exactly as before. Every case starts from a store that
 * holds อบต.หนองกง (so satisfaction and response files have an agency to refer to).
 */
class BadInputCorpusTest {

    static final String WIDE = "fiscal_year,agency_code,agency_name,agency_type,province,district,"
            + "ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10\n";
    static final String OK_ROW = "2564,06310401,องค์การบริหารส่วนตำบลทดสอบ,อบต.,บุรีรัมย์,นางรอง,80,80,80,80,80,80,80,80,80,80\n";
    static final String SAT = "fiscal_year,agency_code,service_area,respondents,mean_score,percent_satisfied\n";
    static final String RESP = "fiscal_year,agency_code,tool,respondent_id,item,answer\n";
    static final Charset TIS620 = Charset.forName("x-windows-874");

    /** One corpus entry. {@code error} non-null: a whole-file error containing it; else {@code loaded} and {@code rules}. */
    record Case(String name, String file, byte[] bytes, String kind, long loaded, List<RejectRule> rules, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case ok(String name, String file, String text, String kind, long loaded, RejectRule... rules) {
        return new Case(name, file, text.getBytes(StandardCharsets.UTF_8), kind, loaded, List.of(rules), null);
    }

    static Case bytes(String name, String file, byte[] bytes, String kind, long loaded, RejectRule... rules) {
        return new Case(name, file, bytes, kind, loaded, List.of(rules), null);
    }

    static Case fails(String name, String file, byte[] bytes, String kind, String error) {
        return new Case(name, file, bytes, kind, 0, List.of(), error);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Case> corpus() {
        return Stream.of(
                fails("empty file", "empty.csv", new byte[0], "scores", "empty.csv"),
                fails("header only", "header.csv", utf8(WIDE), "scores", "no data rows"),
                fails("binary garbage", "garbage.csv", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, 7, 9, 0, 0}, "scores", "garbage.csv"),
                fails("a satisfaction file loaded as scores", "sat.csv", utf8(SAT + "2564,06310499,ด้านสาธารณสุข,100,4.1,82\n"), "scores", "missing required column"),
                fails("unknown header, kind not given", "what.csv", utf8("a,b,c\n1,2,3\n"), null, "cannot tell the kind"),
                fails("old binary .xls", "old.xls", utf8("not really"), "scores", ".xls"),
                fails("truncated workbook", "cut.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "scores", "cut.xlsx"),
                fails("broken Parquet", "broken.parquet", new byte[] {'P', 'A', 'R', '1', 9, 9, 9}, "scores", "Parquet"),
                ok("UTF-8 with BOM", "bom.csv", "\uFEFF" + WIDE + OK_ROW, "scores", 10),
                bytes("Windows-874 (TIS-620) Thai", "tis.csv", (WIDE + OK_ROW).getBytes(TIS620), "scores", 10),
                ok("CRLF line endings", "crlf.csv", (WIDE + OK_ROW).replace("\n", "\r\n"), "scores", 10),
                ok("tab-separated", "tab.tsv", (WIDE + OK_ROW).replace(',', '\t'), "scores", 10),
                ok("trailing empty rows and blank lines", "trailing.csv", WIDE + "\n" + OK_ROW + ",,,,,,,,,,,,,,,\n\n\n", "scores", 10),
                ok("headers in upper case with spaces", "case.csv", WIDE.toUpperCase().replace(",", " , ") + OK_ROW, "scores", 10),
                ok("Thai digits and a Buddhist year in Thai", "thai-digits.csv", WIDE
                        + "๒๕๖๔,๐๖๓๑๐๔๐๑,องค์การบริหารส่วนตำบลทดสอบ,อบต.,จ.บุรีรัมย์,นางรอง,๘๐,๘๐,๘๐,๘๐,๘๐,๘๐,๘๐,๘๐,๘๐,๘๐\n", "scores", 10),
                ok("a ค.ศ. year is converted", "ce.csv", WIDE + OK_ROW.replace("2564,", "2021,"), "scores", 10),
                ok("quoted names with commas", "quoted.csv", WIDE
                        + "2564,06310401,\"อบต.ทดสอบ, หมู่ 1\",อบต.,บุรีรัมย์,นางรอง,80,80,80,80,80,80,80,80,80,80\n", "scores", 10),
                ok("extra unknown columns are ignored", "extra.csv", WIDE.replace("\n", ",remark\n") + OK_ROW.replace("\n", ",ตรวจแล้ว\n"), "scores", 10),
                ok("score above 100", "high.csv", WIDE + OK_ROW.replace(",80,80\n", ",80,101\n"), "scores", 0, RejectRule.SCORE_OUT_OF_RANGE),
                ok("negative score", "negative.csv", WIDE + OK_ROW.replace(",80,80\n", ",80,-1\n"), "scores", 0, RejectRule.SCORE_OUT_OF_RANGE),
                ok("N/A as a score", "na.csv", WIDE + OK_ROW.replace(",80,80\n", ",80,N/A\n"), "scores", 0, RejectRule.UNPARSEABLE_NUMBER),
                ok("year outside the methodology", "2555.csv", WIDE + OK_ROW.replace("2564,", "2555,"), "scores", 0, RejectRule.YEAR_OUTSIDE_METHODOLOGY),
                ok("empty agency code", "nocode.csv", WIDE + OK_ROW.replace("06310401", ""), "scores", 0, RejectRule.MISSING_VALUE),
                ok("agency code with symbols", "badcode.csv", WIDE + OK_ROW.replace("06310401", "0631-04/01"), "scores", 0, RejectRule.BAD_AGENCY_CODE),
                ok("unknown agency without registry fields", "unknown.csv", WIDE + "2564,09999999,,,,,80,80,80,80,80,80,80,80,80,80\n", "scores", 0, RejectRule.UNKNOWN_AGENCY),
                ok("unknown province", "province.csv", WIDE + OK_ROW.replace("บุรีรัมย์", "แอตแลนติส"), "scores", 0, RejectRule.UNKNOWN_PROVINCE),
                ok("unknown agency type", "type.csv", WIDE + OK_ROW.replace(",อบต.,", ",สภา,"), "scores", 0, RejectRule.UNKNOWN_AGENCY_TYPE),
                ok("the same agency-year twice, differently", "dup.csv", WIDE + OK_ROW + OK_ROW.replace(",80,80\n", ",80,81\n"), "scores", 10, RejectRule.DUPLICATE_CONFLICT),
                ok("the same agency-year twice, identically", "same.csv", WIDE + OK_ROW + OK_ROW, "scores", 10),
                ok("spaces inside a number", "sep.csv", WIDE + OK_ROW.replace(",80,80\n", ",80,\" 8 0.5\"\n"), "scores", 10),
                ok("satisfaction mean above 5", "sat-mean.csv", SAT + "2564,06310499,ด้านสาธารณสุข,100,5.5,82\n", "satisfaction", 0, RejectRule.VALUE_OUT_OF_RANGE),
                ok("satisfaction with no respondents", "sat-n.csv", SAT + "2564,06310499,ด้านสาธารณสุข,0,4.1,82\n", "satisfaction", 0, RejectRule.VALUE_OUT_OF_RANGE),
                ok("satisfaction percent with a % sign", "sat-pct.csv", SAT + "2564,06310499,ด้านสาธารณสุข,100,4.1,82%\n", "satisfaction", 1),
                ok("a response that is not on the scale", "resp-5.csv", RESP + "2564,06310499,IIT,R1,i1,5\n", "responses", 0, RejectRule.INVALID_ANSWER),
                ok("a response to an item of another tool", "resp-tool.csv", RESP + "2564,06310499,EIT,R1,i1,4\n", "responses", 0, RejectRule.UNKNOWN_ITEM),
                ok("long form with an indicator 11", "long.csv", "fiscal_year,agency_code,indicator,score\n2564,06310499,11,50\n", "scores", 0, RejectRule.UNKNOWN_ITEM));
    }

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    /** The seeded store, made once and copied for each case. */
    static Path template;

    @org.junit.jupiter.api.BeforeAll
    static void seededStore() throws Exception {
        template = shared.resolve("template.duckdb");
        try (ItaStore s = ItaStore.openReadWrite(template)) {
            Path seed = shared.resolve("seed.csv");
            Files.writeString(seed, ScoresLoaderTest.HEADER + ScoresLoaderTest.NONGKONG_2564, StandardCharsets.UTF_8);
            new ScoresLoader(s, th.ita.insight.analytics.methodology.Methodology.bundled(), false).load(seed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachInputHasItsExpectedOutcome(Case c) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        Files.copy(template, db);
        String before = fingerprint(db);
        Path file = dir.resolve(c.file());
        Files.write(file, c.bytes());
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            if (c.error() != null) {
                assertThatThrownBy(() -> Loaders.forKind(c.kind() != null ? c.kind() : Loaders.detectKind(file), s, false).load(file))
                        .isInstanceOfAny(SourceException.class, IllegalStateException.class)
                        .hasMessageContaining(c.error());
            } else {
                LoadResult r = Loaders.forKind(c.kind() != null ? c.kind() : Loaders.detectKind(file), s, false).load(file);
                assertThat(r.rejects()).extracting(Reject::rule).containsExactlyElementsOf(c.rules());
                assertThat(r.rejects()).allSatisfy(j -> assertThat(j.file()).isEqualTo(c.file()));
                assertThat(r.rowsLoaded()).isEqualTo(c.loaded());
            }
        }
        if (c.error() != null) {
            assertThat(fingerprint(db)).isEqualTo(before);
        }
        StoreInvariants.assertKeysUnique(db);
    }

    private static String fingerprint(Path db) throws Exception {
        try (ItaStore s = ItaStore.openReadOnly(db); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM v_ingest_batch) || '|' || "
                     + "(SELECT string_agg(agency_code || fiscal_year || indicator || score, ',' ORDER BY agency_code, fiscal_year, indicator) FROM v_indicator_score)")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

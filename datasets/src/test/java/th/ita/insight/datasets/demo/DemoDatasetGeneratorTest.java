package th.ita.insight.datasets.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic demo dataset: reproducible, labelled, with a realistic registry. (Calibration: ingest's DemoStoreTest.) */
class DemoDatasetGeneratorTest {

    @TempDir
    static Path dir;

    static DemoDataset first;
    static List<NamedCsvRecord> scores;

    @BeforeAll
    static void generate() throws IOException {
        first = DemoDatasetGenerator.withDefaults(Set.of("06310499")).generate(dir.resolve("a"));
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(first.scoresCsv(), StandardCharsets.UTF_8)) {
            scores = r.stream().toList();
        }
    }

    @Test
    void sameSeedGivesTheSameBytes() throws Exception {
        DemoDataset second = DemoDatasetGenerator.withDefaults(Set.of("06310499")).generate(dir.resolve("b"));
        assertThat(sha(second.scoresCsv())).isEqualTo(sha(first.scoresCsv()));
        assertThat(sha(second.satisfactionCsv())).isEqualTo(sha(first.satisfactionCsv()));
    }

    @Test
    void registryHasEveryProvinceAndRealisticCountsByType() {
        Map<String, Set<String>> codesByType = new HashMap<>();
        Set<String> provinces = new HashSet<>();
        for (NamedCsvRecord r : scores) {
            if (r.getField("fiscal_year").equals("2568")) {
                codesByType.computeIfAbsent(r.getField("agency_type"), k -> new HashSet<>()).add(r.getField("agency_code"));
                provinces.add(r.getField("province"));
            }
        }
        assertThat(provinces).hasSize(77);
        assertThat(codesByType.get("อบต.")).hasSize(5300);
        assertThat(codesByType.get("ทต.")).hasSize(2247);
        assertThat(codesByType.get("ทม.")).hasSize(195);
        assertThat(codesByType.get("ทน.")).hasSize(30);
        assertThat(codesByType.get("อบจ.")).hasSize(76);
        assertThat(codesByType.get("กทม.")).hasSize(1);
        assertThat(codesByType.get("เมืองพัทยา")).hasSize(1);
        assertThat(first.agencies()).isEqualTo(7850);
        assertThat(first.agencyYears()).isEqualTo(first.agencies() * 7);
    }

    @Test
    void everyRowIsLabelledSyntheticAndCodesAreStringsThatNeverCollideWithPublishedOnes() {
        assertThat(scores).allSatisfy(r -> assertThat(r.getField("is_synthetic")).isEqualTo("true"));
        assertThat(scores).noneMatch(r -> r.getField("agency_code").equals("06310499"));
        assertThat(scores).allSatisfy(r -> assertThat(r.getField("agency_code")).matches("0[1-7][0-9]{6}"));
    }

    @Test
    void scoresStayWithin0To100() {
        for (NamedCsvRecord r : scores) {
            for (int k = 1; k <= 10; k++) {
                assertThat(Double.parseDouble(r.getField("ind" + k))).isBetween(0.0, 100.0);
            }
        }
    }

    @Test
    void likertCountsSumToRespondents() {
        int[] counts = DemoDatasetGenerator.likertCounts(337, 4.1, 0.7);
        assertThat(counts[0] + counts[1] + counts[2] + counts[3] + counts[4]).isEqualTo(337);
        assertThat(counts[0] + counts[1]).isGreaterThan(counts[3] + counts[4]);
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}

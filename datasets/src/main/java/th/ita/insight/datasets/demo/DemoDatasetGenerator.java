package th.ita.insight.datasets.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.commons.math3.distribution.NormalDistribution;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

/**
 * Generates the SYNTHETIC national demo dataset: about 7,850 local governments in every province with
 * FY2562–FY2568 indicator scores calibrated to the published national means and pass rates, and
 * satisfaction survey results that follow EIT. Same seed, same bytes: only {@link Random} (whose
 * algorithm Java specifies), {@link StrictMath} and locale-free formatting are used.
 *
 * <p>How scores are made: each agency has a persistent latent quality (province + type + own) and a
 * year-to-year AR(1) shock; within a year agencies are ranked by that latent and the rank is mapped to a
 * "gap to 100" drawn from a log-normal whose two parameters are solved so that the year's mean and share
 * ≥ 85 hit the published figures. The total gap is then split over the ten indicators with per-year
 * profiles (OIT widest and most volatile early, "use of authority" smallest late), keeping the weighted
 * total exact.
 */
public final class DemoDatasetGenerator {

    public static final long DEFAULT_SEED = 25_670_930L;

    private static final String[] TYPE_ABBR = {"อบจ.", "ทน.", "ทม.", "ทต.", "อบต."};
    private static final String[] TYPE_NAME = {"องค์การบริหารส่วนจังหวัด", "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล",
            "องค์การบริหารส่วนตำบล"};
    private static final String[] TYPE_CODE_DIGITS = {"02", "03", "04", "05", "06"};
    /** National counts by type at end-2020 (ITA.md), excluding Bangkok and Pattaya. */
    private static final int[] TYPE_COUNT = {76, 30, 195, 2247, 5300};
    private static final double[] TYPE_EFFECT = {0.35, 0.45, 0.30, 0.05, -0.08};

    private static final String[] PLACE_PREFIX = {"หนอง", "บ้าน", "โนน", "ดอน", "นา", "ห้วย", "โคก", "ท่า", "บาง", "วัง",
            "สระ", "หัว", "ทุ่ง", "เขา", "บึง", "ลำ", "ป่า", "แม่", "ศรี", "โพธิ์", "ไผ่", "คลอง", "สวน", "หนองบัว"};
    private static final String[] PLACE_SUFFIX = {"แก้ว", "ใหญ่", "น้อย", "ทอง", "ขาม", "สวรรค์", "เจริญ", "ไทร", "โพธิ์", "สูง",
            "งาม", "หลวง", "ตะเคียน", "ยาง", "ม่วง", "กุง", "คำ", "บัว", "ดง", "ชัย", "ทราย", "กลาง", "พัฒนา", "สะอาด",
            "จันทร์", "เหล็ก", "แดง", "ขวาง", "เตย", "สำโรง"};

    static final String[] SERVICE_AREAS = {"ด้านการจัดเก็บรายได้และภาษี", "ด้านสวัสดิการสังคม", "ด้านการจัดการขยะและสิ่งแวดล้อม",
            "ด้านการศึกษา", "ด้านการประปาและแหล่งน้ำ", "ด้านสาธารณสุข", "ด้านป้องกันและบรรเทาสาธารณภัย", "ด้านโยธาและโครงสร้างพื้นฐาน"};

    private final long seed;
    private final Methodology methodology;
    private final Set<String> reservedCodes;

    public DemoDatasetGenerator(long seed, Methodology methodology, Set<String> reservedCodes) {
        this.seed = seed;
        this.methodology = methodology;
        this.reservedCodes = Set.copyOf(reservedCodes);
    }

    public static DemoDatasetGenerator withDefaults(Set<String> reservedCodes) {
        return new DemoDatasetGenerator(DEFAULT_SEED, Methodology.bundled(), reservedCodes);
    }

    public static List<CalibrationTarget> calibrationTargets() {
        List<CalibrationTarget> targets = new ArrayList<>();
        for (NamedCsvRecord r : readResource("calibration.csv")) {
            String pass = r.getField("pass_rate_published");
            String spread = r.getField("gap_spread_when_no_pass_rate");
            targets.add(new CalibrationTarget(Integer.parseInt(r.getField("fiscal_year")),
                    Integer.parseInt(r.getField("agencies_published")), Double.parseDouble(r.getField("mean_published")),
                    pass.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(pass)),
                    spread.isBlank() ? Double.NaN : Double.parseDouble(spread), r.getField("source")));
        }
        return targets;
    }

    /** Writes {@code demo-scores.csv} and {@code demo-satisfaction.csv} into {@code dir}. */
    public DemoDataset generate(Path dir) {
        try {
            Files.createDirectories(dir);
            Random random = new Random(seed);
            List<DemoAgency> agencies = registry(random);
            List<CalibrationTarget> targets = calibrationTargets();
            Map<Integer, double[]> profiles = indicatorProfiles();
            Path scores = dir.resolve("demo-scores.csv");
            Path satisfaction = dir.resolve("demo-satisfaction.csv");
            int rows = 0;
            try (CsvWriter sw = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(scores, StandardCharsets.UTF_8);
                 CsvWriter tw = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(satisfaction, StandardCharsets.UTF_8)) {
                sw.writeRecord("fiscal_year", "agency_code", "agency_name", "agency_type", "province", "district",
                        "ind1", "ind2", "ind3", "ind4", "ind5", "ind6", "ind7", "ind8", "ind9", "ind10", "is_synthetic");
                tw.writeRecord("fiscal_year", "agency_code", "service_area", "respondents", "mean_score", "sd",
                        "percent_satisfied", "n_5", "n_4", "n_3", "n_2", "n_1", "is_synthetic");
                int n = agencies.size();
                double[] shock = new double[n];
                for (int i = 0; i < n; i++) {
                    shock[i] = random.nextGaussian();
                }
                for (CalibrationTarget target : targets) {
                    YearMethodology ym = methodology.require(FiscalYear.of(target.fiscalYear()));
                    double[] weights = new double[10];
                    for (int k = 0; k < 10; k++) {
                        weights[k] = ym.indicatorWeight(k + 1);
                    }
                    double[] latent = new double[n];
                    for (int i = 0; i < n; i++) {
                        shock[i] = 0.6 * shock[i] + 0.8 * random.nextGaussian();
                        latent[i] = 0.78 * agencies.get(i).quality() + 0.62 * shock[i];
                    }
                    double[] gaps = totalGaps(latent, target);
                    double[] profile = profiles.get(target.fiscalYear());
                    for (int i = 0; i < n; i++) {
                        DemoAgency a = agencies.get(i);
                        double[] indicatorGaps = splitGap(gaps[i], profile, a.indicatorBias(), weights, random);
                        String[] rec = new String[17];
                        rec[0] = Integer.toString(target.fiscalYear());
                        rec[1] = a.code();
                        rec[2] = a.nameTh();
                        rec[3] = a.typeAbbr();
                        rec[4] = a.provinceTh();
                        rec[5] = a.district();
                        double eitSum = 0;
                        for (int k = 0; k < 10; k++) {
                            double score = 100.0 - indicatorGaps[k];
                            rec[6 + k] = two(score);
                            if (k >= 5 && k <= 7) {
                                eitSum += Double.parseDouble(rec[6 + k]);
                            }
                        }
                        rec[16] = "true";
                        sw.writeRecord(rec);
                        rows++;
                        writeSatisfaction(tw, target.fiscalYear(), a, eitSum / 3.0, random);
                    }
                }
            }
            return new DemoDataset(scores, satisfaction, agencies.size(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps each agency's latent rank to a gap-to-100 so that the year's mean and pass share hit the target. */
    static double[] totalGaps(double[] latent, CalibrationTarget target) {
        int n = latent.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // best latent first: it gets the smallest gap
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -latent[i]).thenComparing(i -> i));
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double[] z = new double[n];
        for (int r = 0; r < n; r++) {
            z[r] = normal.inverseCumulativeProbability((r + 0.5) / n);
        }
        double targetGap = 100.0 - target.meanPublished();
        double passGap = 100.0 - 85.0;
        GapCurve curve;
        if (target.passRatePublished().isPresent()) {
            double zp = normal.inverseCumulativeProbability(target.passRatePublished().getAsDouble() / 100.0);
            // P(gap <= 15) = p: the curve passes through gap 15 at z = zp. First try one spread on the branch
            // where the mean falls as the spread grows; a top-heavy year (mean too high for any single spread)
            // gets a wider spread among the passers, which packs them closer to 100.
            double hi = zp > 0 ? zp : 3.0;
            double lo = 0.02;
            if (zp > 0 && new GapCurve(zp, passGap, hi, hi).mean(z) > targetGap) {
                double l = hi;
                double h = 8.0;
                for (int it = 0; it < 100; it++) {
                    double sLow = (l + h) / 2;
                    if (new GapCurve(zp, passGap, sLow, hi).mean(z) > targetGap) {
                        l = sLow;
                    } else {
                        h = sLow;
                    }
                }
                curve = new GapCurve(zp, passGap, (l + h) / 2, hi);
            } else {
                for (int it = 0; it < 100; it++) {
                    double s = (lo + hi) / 2;
                    boolean tooHigh = new GapCurve(zp, passGap, s, s).mean(z) > targetGap;
                    if (zp > 0 == tooHigh) {
                        lo = s;
                    } else {
                        hi = s;
                    }
                }
                double s = (lo + hi) / 2;
                curve = new GapCurve(zp, passGap, s, s);
            }
        } else {
            double s = target.assumedSpread();
            double lo = -5;
            double hi = 6;
            for (int it = 0; it < 100; it++) {
                double mu = (lo + hi) / 2;
                if (new GapCurve(0, StrictMath.exp(mu), s, s).mean(z) > targetGap) {
                    hi = mu;
                } else {
                    lo = mu;
                }
            }
            curve = new GapCurve(0, StrictMath.exp((lo + hi) / 2), s, s);
        }
        double[] gaps = new double[n];
        for (int r = 0; r < n; r++) {
            gaps[order[r]] = curve.gap(z[r]);
        }
        return gaps;
    }

    /**
     * Gap to 100 as a function of a standard-normal rank score z: log-normal through {@code (z0, gap0)},
     * with spread {@code sLow} below z0 (the better agencies) and {@code sHigh} above; capped so no
     * total falls under 8.
     */
    private record GapCurve(double z0, double gap0, double sLow, double sHigh) {
        double gap(double z) {
            double s = z < z0 ? sLow : sHigh;
            return Math.min(92.0, gap0 * StrictMath.exp(s * (z - z0)));
        }

        double mean(double[] z) {
            double sum = 0;
            for (double v : z) {
                sum += gap(v);
            }
            return sum / z.length;
        }
    }

    /**
     * Splits an agency's total gap over the ten indicators so that the weighted sum of indicator gaps equals
     * the total gap; an indicator cannot lose more than 100 points, the excess goes to the others.
     */
    static double[] splitGap(double totalGap, double[] profile, double[] bias, double[] weights, Random random) {
        double[] m = new double[10];
        for (int k = 0; k < 10; k++) {
            double sigma = k >= 8 ? 0.55 : 0.22;   // OIT is the most volatile tool
            m[k] = profile[k] * StrictMath.exp(bias[k] + sigma * random.nextGaussian() - sigma * sigma / 2);
        }
        double[] g = new double[10];
        boolean[] capped = new boolean[10];
        double remaining = totalGap;
        for (int round = 0; round < 10; round++) {
            double free = 0;
            for (int k = 0; k < 10; k++) {
                if (!capped[k]) {
                    free += weights[k] * m[k];
                }
            }
            if (free <= 0) {
                break;
            }
            boolean changed = false;
            for (int k = 0; k < 10; k++) {
                if (!capped[k]) {
                    g[k] = remaining * m[k] / free;
                    if (g[k] > 100.0) {
                        g[k] = 100.0;
                        capped[k] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
            remaining = totalGap;
            for (int k = 0; k < 10; k++) {
                if (capped[k]) {
                    remaining -= weights[k] * 100.0;
                }
            }
        }
        return g;
    }

    private static void writeSatisfaction(CsvWriter tw, int fiscalYear, DemoAgency a, double eit, Random random) {
        double agencyNoise = 0.28 * random.nextGaussian();
        for (int area : a.serviceAreas()) {
            int n = 100 + random.nextInt(401);
            // satisfaction follows EIT (service users' view) loosely: survey firm, area and sampling noise
            double mean = 3.55 + 0.95 / (1 + StrictMath.exp(-(eit - 80.0) / 8.0)) + agencyNoise + 0.15 * random.nextGaussian();
            mean = Math.max(1.5, Math.min(4.92, mean));
            double sd = 0.45 + 0.35 * random.nextDouble();
            int[] counts = likertCounts(n, mean, sd);
            double sum = 0;
            double sumSq = 0;
            for (int level = 5; level >= 1; level--) {
                int c = counts[5 - level];
                sum += (double) level * c;
                sumSq += (double) level * level * c;
            }
            double realMean = sum / n;
            double realSd = StrictMath.sqrt(Math.max(0, (sumSq - n * realMean * realMean) / (n - 1)));
            tw.writeRecord(Integer.toString(fiscalYear), a.code(), SERVICE_AREAS[area], Integer.toString(n),
                    two(realMean), two(realSd), two(realMean / 5.0 * 100.0),
                    Integer.toString(counts[0]), Integer.toString(counts[1]), Integer.toString(counts[2]),
                    Integer.toString(counts[3]), Integer.toString(counts[4]), "true");
        }
    }

    /** Counts per answer level 5..1 of a discretised normal, by largest remainder so they sum to n. */
    static int[] likertCounts(int n, double mean, double sd) {
        NormalDistribution d = new NormalDistribution(null, mean, sd);
        double[] p = new double[5];
        double total = 0;
        for (int level = 5; level >= 1; level--) {
            double lo = level == 1 ? Double.NEGATIVE_INFINITY : level - 0.5;
            double hi = level == 5 ? Double.POSITIVE_INFINITY : level + 0.5;
            p[5 - level] = d.probability(lo, hi);
            total += p[5 - level];
        }
        int[] counts = new int[5];
        double[] rem = new double[5];
        int assigned = 0;
        for (int i = 0; i < 5; i++) {
            double exact = p[i] / total * n;
            counts[i] = (int) Math.floor(exact);
            rem[i] = exact - counts[i];
            assigned += counts[i];
        }
        while (assigned < n) {
            int best = 0;
            for (int i = 1; i < 5; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            counts[best]++;
            rem[best] = -1;
            assigned++;
        }
        return counts;
    }

    private List<DemoAgency> registry(Random random) {
        Map<String, String> provinceNames = new LinkedHashMap<>();
        try (InputStream in = DemoDatasetGenerator.class.getResourceAsStream("/reference/provinces.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                provinceNames.put(r.getField("province_code"), r.getField("name_th"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> provinces = new ArrayList<>();
        List<Integer> districtCounts = new ArrayList<>();
        for (NamedCsvRecord r : readResource("province-districts.csv")) {
            provinces.add(r.getField("province_code"));
            districtCounts.add(Integer.parseInt(r.getField("districts")));
        }
        int p = provinces.size();
        double[] provinceEffect = new double[p];
        double[] weight = new double[p];
        for (int i = 0; i < p; i++) {
            provinceEffect[i] = 0.45 * random.nextGaussian();
            weight[i] = districtCounts.get(i) * (0.8 + 0.4 * random.nextDouble());
        }
        int[][] perProvince = new int[TYPE_COUNT.length][];
        perProvince[0] = new int[p];
        Arrays.fill(perProvince[0], 1);                      // one อบจ. per province
        for (int t = 1; t < TYPE_COUNT.length; t++) {
            perProvince[t] = allocate(TYPE_COUNT[t], t == 1 ? topWeights(weight, TYPE_COUNT[t]) : weight);
        }
        List<DemoAgency> agencies = new ArrayList<>();
        Set<String> usedCodes = new HashSet<>(reservedCodes);
        agencies.add(new DemoAgency("01100001", "กรุงเทพมหานคร", "กทม.", "10", provinceNames.get("10"), "",
                0.4, biases(random), areas(random)));
        usedCodes.add("01100001");
        for (int i = 0; i < p; i++) {
            String pc = provinces.get(i);
            String pname = provinceNames.get(pc);
            int nd = districtCounts.get(i);
            String[] districts = new String[nd];
            Set<String> districtNames = new HashSet<>();
            districts[0] = "เมือง" + pname;
            for (int d = 1; d < nd; d++) {
                String name;
                do {
                    name = placeName(random);
                } while (!districtNames.add(name));
                districts[d] = name;
            }
            int[] seqPerDistrictType = new int[nd * TYPE_COUNT.length];
            for (int t = 0; t < TYPE_COUNT.length; t++) {
                Set<String> names = new HashSet<>();
                for (int j = 0; j < perProvince[t][i]; j++) {
                    // อบจ., cities and towns sit in the capital district more often than not
                    int d = t == 0 || (t <= 2 && j == 0) ? 0 : random.nextInt(nd);
                    String place = t == 0 ? pname : t <= 2 && j == 0 ? pname : placeName(random);
                    while (!names.add(place)) {
                        place = placeName(random);
                    }
                    String code;
                    do {
                        int seq = ++seqPerDistrictType[d * TYPE_COUNT.length + t];
                        code = "%s%s%02d%02d".formatted(TYPE_CODE_DIGITS[t], pc, (d + 1) % 100, seq % 100);
                    } while (!usedCodes.add(code));
                    double quality = 0.55 * provinceEffect[i] + 0.45 * TYPE_EFFECT[t] + 0.75 * random.nextGaussian();
                    agencies.add(new DemoAgency(code, TYPE_NAME[t] + place, TYPE_ABBR[t], pc, pname, districts[d],
                            quality, biases(random), areas(random)));
                }
            }
            if (pc.equals("20")) {
                agencies.add(new DemoAgency("07200001", "เมืองพัทยา", "เมืองพัทยา", pc, pname, "บางละมุง",
                        0.3, biases(random), areas(random)));
                usedCodes.add("07200001");
            }
        }
        agencies.sort(Comparator.comparing(DemoAgency::code));
        return agencies;
    }

    private static double[] topWeights(double[] weight, int k) {
        Integer[] idx = new Integer[weight.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -weight[i]).thenComparing(i -> i));
        double[] w = new double[weight.length];
        for (int r = 0; r < Math.min(k, idx.length); r++) {
            w[idx[r]] = 1;
        }
        return w;
    }

    /** Largest-remainder allocation of {@code total} over weights. */
    private static int[] allocate(int total, double[] weight) {
        double sum = Arrays.stream(weight).sum();
        int[] out = new int[weight.length];
        double[] rem = new double[weight.length];
        int assigned = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = total * weight[i] / sum;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            assigned += out[i];
        }
        while (assigned < total) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
            assigned++;
        }
        return out;
    }

    private static String placeName(Random random) {
        return PLACE_PREFIX[random.nextInt(PLACE_PREFIX.length)] + PLACE_SUFFIX[random.nextInt(PLACE_SUFFIX.length)];
    }

    private static double[] biases(Random random) {
        double[] b = new double[10];
        for (int k = 0; k < 10; k++) {
            b[k] = 0.15 * random.nextGaussian();
        }
        return b;
    }

    private static int[] areas(Random random) {
        int count = 4 + random.nextInt(3);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < SERVICE_AREAS.length; i++) {
            all.add(i);
        }
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            chosen[i] = all.remove(random.nextInt(all.size()));
        }
        Arrays.sort(chosen);
        return chosen;
    }

    private static Map<Integer, double[]> indicatorProfiles() {
        Map<Integer, double[]> out = new LinkedHashMap<>();
        for (NamedCsvRecord r : readResource("indicator-profile.csv")) {
            double[] v = new double[10];
            for (int k = 0; k < 10; k++) {
                v[k] = Double.parseDouble(r.getField("ind" + (k + 1)));
            }
            out.put(Integer.parseInt(r.getField("fiscal_year")), v);
        }
        return out;
    }

    private static List<NamedCsvRecord> readResource(String name) {
        try (InputStream in = DemoDatasetGenerator.class.getResourceAsStream("/demo/" + name);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return csv.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

package th.ita.insight.ingest.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.analysis.AgencyAnalyses;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.province.Province;
import th.ita.insight.analytics.province.ProvinceComparison;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.trend.TrendQueries;
import th.ita.insight.ingest.analyze.Json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Benchmarks of the analytics API on a store (run it on the national demo store): per-agency analysis latency,
 * every agency of a year, every province summary of a year. Wall-clock, after warm-up, single thread.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the analytics on a store: `bench analytics` (JSON on stdout).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--what", defaultValue = "analytics", description = "analytics")
    String what;

    @Mixin
    StoreOption store;

    @Option(names = "--agencies", defaultValue = "500", description = "agencies sampled for the per-agency latency")
    int agencies;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!what.equals("analytics")) {
            throw new NotFoundException("unknown benchmark '" + what + "' (this build has: analytics)");
        }
        // uncached: the dashboard caches results per store version, this measures computing them
        try (ItaStore s = ItaStore.openReadOnlyUncached(store.path())) {
            FiscalYear year = new TrendQueries(s).yearsWithData().getLast();
            AgencyAnalyses analyses = new AgencyAnalyses(s, Methodology.bundled());
            ProvinceComparison provinces = new ProvinceComparison(s);
            List<String> codes = analyses.analyzeAll(year).stream().map(a -> a.agencyCode().value()).toList();
            Random random = new Random(42);
            for (int i = 0; i < 100; i++) {   // warm-up
                analyses.analyze(new AgencyCode(codes.get(random.nextInt(codes.size()))), year);
            }
            double[] one = new double[agencies];
            for (int i = 0; i < agencies; i++) {
                AgencyCode code = new AgencyCode(codes.get(random.nextInt(codes.size())));
                long t0 = System.nanoTime();
                analyses.analyze(code, year).orElseThrow();
                one[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(one);
            List<Province> all = provinces.all();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("store", s.file().toString());
            doc.put("fiscal_year", year.buddhistEra());
            doc.put("agencies_in_year", codes.size());
            doc.put("cpus", Runtime.getRuntime().availableProcessors());
            doc.put("analyze_agency_ms", Map.of("samples", agencies, "p50", r(one[agencies / 2]),
                    "p95", r(one[(int) (agencies * 0.95)]), "max", r(one[agencies - 1])));
            doc.put("analyze_all_agencies_of_year_ms", median(5, () -> analyses.analyzeAll(year).size()));
            doc.put("all_province_standings_ms", median(7, () -> provinces.standings(year).size()));
            doc.put("every_province_agency_ranking_ms", median(3, () -> {
                int n = 0;
                for (Province p : all) {
                    n += provinces.agencies(p.code(), year).size();
                }
                return n;
            }));
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.write(doc));
        }
        return 0;
    }

    private static Map<String, Object> median(int runs, Supplier<Integer> work) {
        work.get();   // warm-up
        List<Double> times = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            size = work.get();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        times.sort(Double::compare);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", runs);
        m.put("median", r(times.get(runs / 2)));
        m.put("min", r(times.getFirst()));
        m.put("results", size);
        return m;
    }

    private static double r(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

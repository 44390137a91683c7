package th.ita.insight.ingest.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.agency.AgencyDirectory;
import th.ita.insight.analytics.analysis.AgencyAnalyses;
import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.analysis.AgencyComparison;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.national.ScopeAnalyses;
import th.ita.insight.analytics.national.ScopeSummary;
import th.ita.insight.analytics.province.Province;
import th.ita.insight.analytics.province.ProvinceComparison;
import th.ita.insight.analytics.province.ProvinceStanding;
import th.ita.insight.analytics.satisfaction.Correlation;
import th.ita.insight.analytics.satisfaction.SatisfactionAnalyses;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.analytics.trend.Backtest;
import th.ita.insight.analytics.trend.ForecastMethod;
import th.ita.insight.analytics.trend.Scope;
import th.ita.insight.analytics.trend.TrendQueries;
import th.ita.insight.analytics.trend.TrendStatistics;
import th.ita.insight.ingest.analyze.Json;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses as JSON on stdout (field names: docs/analytics.md).",
        subcommands = {AnalyzeCommand.AgencyCmd.class, AnalyzeCommand.ProvinceCmd.class, AnalyzeCommand.NationalCmd.class,
                AnalyzeCommand.BacktestCmd.class, AnalyzeCommand.CompareCmd.class, AnalyzeCommand.MeasuresCmd.class})
final class AnalyzeCommand {

    /** Options every analysis takes. */
    static final class Common {
        @Mixin
        StoreOption store;

        @Option(names = "--json", description = "JSON on stdout (the default and only format)")
        boolean json;
    }

    static FiscalYear year(Integer year, TrendQueries trends) {
        List<FiscalYear> years = trends.yearsWithData();
        if (years.isEmpty()) {
            throw new NotFoundException("the store has no scores yet: load some with ./ita ingest or ./ita demo");
        }
        if (year == null) {
            return years.getLast();
        }
        FiscalYear fy;
        try {
            fy = FiscalYear.of(year);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("--year " + year + " is not a พ.ศ. fiscal year (e.g. 2567)");
        }
        if (!years.contains(fy)) {
            throw new NotFoundException("no data for FY" + year + " (years with data: " + years.getFirst() + "–" + years.getLast() + ")");
        }
        return fy;
    }

    @Command(name = "agency", mixinStandardHelpOptions = true, description = "One agency's analysis for a fiscal year.")
    static final class AgencyCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "CODE", description = "the agency's code")
        String code;

        @Option(names = "--year", paramLabel = "YYYY", description = "fiscal year in พ.ศ. (default: the agency's latest)")
        Integer year;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ItaStore store = ItaStore.openReadOnly(common.store.path())) {
                AgencyDirectory directory = new AgencyDirectory(store);
                Optional<AgencyDirectory.Agency> agency = AgencyCode.isValid(code)
                        ? directory.find(new AgencyCode(code)) : Optional.empty();
                if (agency.isEmpty()) {
                    throw NotFoundException.noAgency(directory, code);
                }
                AgencyCode ac = new AgencyCode(code);
                AgencyAnalyses analyses = new AgencyAnalyses(store, Methodology.bundled());
                TrendQueries trends = new TrendQueries(store);
                FiscalYear fy;
                if (year == null) {
                    fy = FiscalYear.of(analyses.latestYear(ac).orElseThrow(() ->
                            new NotFoundException("agency " + code + " has no scores in the store")));
                } else {
                    fy = AnalyzeCommand.year(year, trends);
                }
                AgencyAnalysis a = analyses.analyze(ac, fy).orElseThrow(() -> new NotFoundException(
                        "agency " + code + " has no scores for FY" + fy + "; years with scores: "
                                + trends.agencySeries(code).stream().map(p -> String.valueOf(p.fiscalYear())).collect(Collectors.joining(", "))));
                List<TrendStatistics.Point> series = trends.agencySeries(code).stream()
                        .filter(p -> p.fiscalYear() <= fy.buddhistEra()).toList();
                print(spec, Json.agency(a, TrendStatistics.fit(series), TrendStatistics.forecast(series, ForecastMethod.SHIPPED),
                        new SatisfactionAnalyses(store).summary(code, fy, SatisfactionAnalyses.DEFAULT_TARGET)));
            }
            return 0;
        }
    }

    @Command(name = "province", mixinStandardHelpOptions = true, description = "A province: summary and its agencies ranked.")
    static final class ProvinceCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "NAME|CODE", description = "Thai or English name, or the two-digit code")
        String province;

        @Option(names = "--year", paramLabel = "YYYY", description = "fiscal year in พ.ศ. (default: the latest)")
        Integer year;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ItaStore store = ItaStore.openReadOnly(common.store.path())) {
                ProvinceComparison provinces = new ProvinceComparison(store);
                Province p = provinces.find(province).orElseThrow(() -> new NotFoundException("no province '" + province
                        + "'; nearest: " + provinces.nearest(province, 3).stream().map(x -> x.nameTh() + " (" + x.code() + ")")
                        .collect(Collectors.joining(", "))));
                FiscalYear fy = AnalyzeCommand.year(year, new TrendQueries(store));
                ProvinceStanding standing = provinces.standings(fy).stream().filter(s -> s.provinceCode().equals(p.code()))
                        .findFirst().orElseThrow(() -> new NotFoundException("province " + p.nameTh() + " has no scores for FY" + fy));
                ScopeSummary summary = new ScopeAnalyses(store, Methodology.bundled()).summary(Scope.province(p.code()), fy, 10)
                        .orElseThrow();
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("province_code", p.code());
                doc.put("province", p.nameTh());
                doc.put("fiscal_year", fy.buddhistEra());
                doc.put("standing", Json.standing(standing));
                doc.put("summary", Json.scope(summary));
                doc.put("satisfaction_eit_link", new SatisfactionAnalyses(store).eitLinks(fy).stream()
                        .filter(c -> c.scope().equals("province:" + p.nameTh())).map(Json::correlation).findFirst().orElse(null));
                doc.put("agencies", provinces.agencies(p.code(), fy).stream().map(Json::provinceAgency).toList());
                print(spec, doc);
            }
            return 0;
        }
    }

    @Command(name = "national", mixinStandardHelpOptions = true,
            description = "The nation: summary, bands, weak indicators, movers, anomalies, provinces ranked.")
    static final class NationalCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--year", paramLabel = "YYYY", description = "fiscal year in พ.ศ. (default: the latest)")
        Integer year;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ItaStore store = ItaStore.openReadOnly(common.store.path())) {
                FiscalYear fy = AnalyzeCommand.year(year, new TrendQueries(store));
                ScopeSummary summary = new ScopeAnalyses(store, Methodology.bundled()).summary(Scope.nation(), fy, 10).orElseThrow();
                Map<String, Object> doc = Json.scope(summary);
                doc.put("provinces", new ProvinceComparison(store).standings(fy).stream().map(Json::standing).toList());
                List<Correlation> links = new SatisfactionAnalyses(store).eitLinks(fy);
                doc.put("satisfaction_eit_links", links.stream()
                        .filter(c -> c.scope().equals("nation") || c.scope().startsWith("agency_type:"))
                        .map(Json::correlation).toList());
                print(spec, doc);
            }
            return 0;
        }
    }

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = "Predict every agency-year from the years before it; mean absolute error per forecast method.")
    static final class BacktestCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ItaStore store = ItaStore.openReadOnly(common.store.path())) {
                print(spec, Json.backtest(Backtest.run(store)));
            }
            return 0;
        }
    }

    @Command(name = "measures", mixinStandardHelpOptions = true,
            description = "Did the measures work? Change of each targeted indicator vs comparable agencies without a measure "
                    + "(difference-in-differences; an association, not proof).")
    static final class MeasuresCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ItaStore store = ItaStore.openReadOnly(common.store.path())) {
                List<Map<String, Object>> rows = new th.ita.insight.analytics.measures.MeasureEffects(store).byIndicator().stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("indicator", e.indicator());
                    m.put("treated_agency_years", e.treated());
                    m.put("control_agency_years", e.control());
                    m.put("mean_change_treated", e.meanChangeTreated());
                    m.put("mean_change_control", e.meanChangeControl());
                    m.put("difference", e.difference());
                    m.put("standard_error", e.standardError());
                    m.put("ci95", List.of(e.ciLow(), e.ciHigh()));
                    m.put("p_value", e.pValue());
                    return m;
                }).toList();
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("method", "difference-in-differences within strata of year, agency type, indicator, 5-point band of the "
                        + "starting score and 10-point band of its gap to the agency's total; weak (< 80) agency-years only");
                doc.put("interpretation", "association, not proof: agencies choose their measures");
                doc.put("by_indicator", rows);
                print(spec, doc);
            }
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "2–10 agencies side by side: every indicator (0 = total) in every year.")
    static final class CompareCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "CODE", arity = "2..10", description = "2 to 10 agency codes")
        List<String> codes;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ItaStore store = ItaStore.openReadOnly(common.store.path())) {
                AgencyDirectory directory = new AgencyDirectory(store);
                for (String code : codes) {
                    if (!AgencyCode.isValid(code) || directory.find(new AgencyCode(code)).isEmpty()) {
                        throw new NotFoundException("no agency with code '" + code + "'");
                    }
                }
                List<Map<String, Object>> cells = new AgencyComparison(store)
                        .compare(codes.stream().map(AgencyCode::new).toList()).stream()
                        .map(c -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("agency_code", c.agencyCode());
                            m.put("name_th", c.nameTh());
                            m.put("fiscal_year", c.fiscalYear());
                            m.put("indicator", c.indicator());
                            m.put("score", c.score());
                            return m;
                        }).toList();
                print(spec, Map.of("agencies", codes, "cells", cells));
            }
            return 0;
        }
    }

    private static void print(CommandSpec spec, Object doc) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(doc));
        out.flush();
    }
}

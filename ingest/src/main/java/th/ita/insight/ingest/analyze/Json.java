package th.ita.insight.ingest.analyze;

import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.analysis.IndicatorClass;
import th.ita.insight.analytics.analysis.IndicatorResult;
import th.ita.insight.analytics.analysis.WeakIndicator;
import th.ita.insight.analytics.national.Anomaly;
import th.ita.insight.analytics.national.Mover;
import th.ita.insight.analytics.national.ScopeSummary;
import th.ita.insight.analytics.national.WeakIndicatorFrequency;
import th.ita.insight.analytics.province.ProvinceAgency;
import th.ita.insight.analytics.province.ProvinceStanding;
import th.ita.insight.analytics.satisfaction.AreaResult;
import th.ita.insight.analytics.satisfaction.Correlation;
import th.ita.insight.analytics.satisfaction.SatisfactionSummary;
import th.ita.insight.analytics.trend.Backtest;
import th.ita.insight.analytics.trend.Forecast;
import th.ita.insight.analytics.trend.TrendFit;
import th.ita.insight.analytics.trend.YearSummary;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON documents of {@code ita analyze} (field names documented in docs/analytics.md). Built as ordered maps
 * so the analytics API stays free of any JSON library and the names stay stable.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    public static String write(Object document) {
        return MAPPER.writeValueAsString(document);
    }

    public static Map<String, Object> agency(AgencyAnalysis a, Optional<TrendFit> trend, Optional<Forecast> forecast,
                                             Optional<SatisfactionSummary> satisfaction) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency_code", a.agencyCode().value());
        m.put("name_th", a.nameTh());
        m.put("agency_type", a.agencyType());
        m.put("province", a.province());
        m.put("is_synthetic", a.synthetic());
        m.put("fiscal_year", a.fiscalYear().buddhistEra());
        m.put("total", num(a.total()));
        m.put("rating", a.rating().orElse(null));
        m.put("rating_derived", a.ratingDerived());
        m.put("passed", a.passed().orElse(null));
        m.put("missing_reason", a.missingReason().orElse(null));
        Map<String, Object> tools = new LinkedHashMap<>();
        tools.put("IIT", num(a.tools().iit()));
        tools.put("EIT", num(a.tools().eit()));
        tools.put("OIT", num(a.tools().oit()));
        m.put("tools", tools);
        m.put("change", a.change().map(c -> ordered("previous_total", c.previousTotal(), "points", c.points(),
                "percent", c.percent())).orElse(null));
        List<Map<String, Object>> inds = new ArrayList<>();
        for (IndicatorResult i : a.indicators()) {
            inds.add(ordered("indicator", i.indicator(), "tool", i.tool(), "name_th", i.nameTh(), "name_en", i.nameEn(),
                    "score", i.score(), "previous", num(i.previous()), "change", num(i.change()),
                    "class", i.indicatorClass().code(), "trend_class", i.trendClass().code(), "weak", i.weak()));
        }
        m.put("indicators", inds);
        Map<String, Object> classification = new LinkedHashMap<>();
        for (Map.Entry<IndicatorClass, List<Integer>> e : a.classification().entrySet()) {
            classification.put(e.getKey().code(), e.getValue());
        }
        m.put("classification", classification);
        List<Map<String, Object>> weak = new ArrayList<>();
        for (WeakIndicator w : a.weakIndicators()) {
            weak.add(ordered("indicator", w.indicator(), "name_th", w.nameTh(), "score", w.score(),
                    "gain_to_threshold", w.gainToThreshold(), "gain_to_100", w.gainTo100()));
        }
        m.put("weak_indicators", weak);
        m.put("tool_below_pass", a.toolBelowPass());
        m.put("passes_with_tool_below_pass", a.passesWithToolBelowPass());
        m.put("peer", a.peer().map(p -> ordered("rank_in_province", p.rankInProvince(), "agencies_in_province",
                p.agenciesInProvince(), "percentile", p.percentile(), "z", p.z(), "peers", p.peersNational(),
                "percentile_in_province", p.percentileInProvince(), "z_in_province", p.zInProvince(),
                "peers_in_province", p.peersInProvince())).orElse(null));
        m.put("trend", trend.map(Json::trend).orElse(null));
        m.put("forecast", forecast.map(Json::forecast).orElse(null));
        m.put("satisfaction", satisfaction.map(Json::satisfaction).orElse(null));
        return m;
    }

    public static Map<String, Object> trend(TrendFit t) {
        return ordered("years", t.n(), "ols_slope", r4(t.olsSlope()), "ols_slope_ci95", List.of(r4(t.olsSlopeLow()),
                r4(t.olsSlopeHigh())), "ols_p_value", r4(t.olsPValue()), "theil_sen_slope", r4(t.theilSenSlope()));
    }

    public static Map<String, Object> forecast(Forecast f) {
        return ordered("fiscal_year", f.fiscalYear().buddhistEra(), "method", f.method().name().toLowerCase(),
                "value", f.value(), "pi95", List.of(f.low(), f.high()), "based_on_years", f.basedOnYears());
    }

    public static Map<String, Object> satisfaction(SatisfactionSummary s) {
        List<Map<String, Object>> areas = new ArrayList<>();
        for (AreaResult a : s.areas()) {
            areas.add(ordered("service_area", a.serviceArea(), "respondents", a.respondents(), "mean_score", a.meanScore(),
                    "sd", num(a.sd()), "percent_satisfied", a.percentSatisfied(), "meets_target", a.meetsTarget()));
        }
        return ordered("respondents", s.respondents(), "overall_mean", s.overallMean(), "overall_percent",
                s.overallPercent(), "target_percent", s.target(), "share_of_areas_meeting_target",
                s.shareOfAreasMeetingTarget(), "areas", areas);
    }

    public static Map<String, Object> scope(ScopeSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", s.scope());
        m.put("fiscal_year", s.fiscalYear().buddhistEra());
        m.put("summary", year(s.year()));
        m.put("target_pass_share", s.targetPassShare());
        m.put("meets_target", s.meetsTarget());
        m.put("band_counts", s.bandCounts());
        List<Map<String, Object>> weak = new ArrayList<>();
        for (WeakIndicatorFrequency w : s.weakIndicators()) {
            weak.add(ordered("indicator", w.indicator(), "name_th", w.nameTh(), "agencies", w.agencies(), "below_threshold",
                    w.belowThreshold(), "share", w.share(), "mean_gap", w.meanGap(), "mean_score", w.meanScore()));
        }
        m.put("weak_indicators", weak);
        m.put("movers", ordered("rises", s.rises().stream().map(Json::mover).toList(),
                "falls", s.falls().stream().map(Json::mover).toList()));
        m.put("anomalies", s.anomalies().stream().map(Json::anomaly).toList());
        m.put("series", s.series().stream().map(Json::year).toList());
        m.put("trend", s.trend().map(Json::trend).orElse(null));
        m.put("forecast", s.forecast().map(Json::forecast).orElse(null));
        return m;
    }

    public static Map<String, Object> year(YearSummary y) {
        return ordered("fiscal_year", y.fiscalYear().buddhistEra(), "agencies", y.agencies(), "mean", r2(y.mean()),
                "median", r2(y.median()), "q1", r2(y.q1()), "q3", r2(y.q3()), "pass_share", r4(y.passShare()),
                "below_pass", y.belowPass(), "contains_synthetic", y.containsSynthetic());
    }

    static Map<String, Object> mover(Mover v) {
        return ordered("agency_code", v.agencyCode(), "name_th", v.nameTh(), "province", v.province(),
                "previous_total", v.previousTotal(), "total", v.total(), "change", v.change());
    }

    static Map<String, Object> anomaly(Anomaly v) {
        return ordered("agency_code", v.agencyCode(), "name_th", v.nameTh(), "indicator", v.indicator(),
                "previous", v.previous(), "score", v.score(), "change", v.change(), "robust_z", v.robustZ());
    }

    public static Map<String, Object> standing(ProvinceStanding p) {
        return ordered("province_code", p.provinceCode(), "province", p.nameTh(), "province_en", p.nameEn(), "region",
                p.region(), "agencies", p.agencies(), "mean", p.mean(), "median", p.median(), "pass_share", p.passShare(),
                "rank_by_mean", p.rankByMean(), "rank_by_pass_share", p.rankByPassShare(), "provinces", p.provinces(),
                "national_mean", p.nationalMean(), "national_pass_share", p.nationalPassShare());
    }

    public static Map<String, Object> provinceAgency(ProvinceAgency a) {
        return ordered("agency_code", a.agencyCode(), "name_th", a.nameTh(), "agency_type", a.agencyType(),
                "district", a.district(), "total", a.total(), "rating", a.rating(), "passed", a.passed(),
                "change", num(a.change()), "rank_in_province", a.rankInProvince(), "percentile", a.percentileTypeNational(),
                "z", a.zTypeNational(), "percentile_in_province", a.percentileTypeProvince(),
                "indicators_below_threshold", a.indicatorsBelowThreshold(), "fell_this_year", a.fellThisYear(),
                "is_synthetic", a.synthetic());
    }

    public static Map<String, Object> correlation(Correlation c) {
        return ordered("scope", c.scope(), "fiscal_year", c.fiscalYear(), "n", c.n(), "pearson", c.pearson(),
                "pearson_p", c.pearsonP(), "spearman", c.spearman(), "spearman_p", c.spearmanP());
    }

    public static Map<String, Object> backtest(Backtest.Result r) {
        List<Map<String, Object>> methods = new ArrayList<>();
        for (Backtest.MethodResult m : r.methods()) {
            methods.add(ordered("method", m.method().name().toLowerCase(), "mae", m.meanAbsoluteError(),
                    "pi95_coverage", m.intervalCoverage()));
        }
        return ordered("predictions", r.predictions(), "agencies", r.agencies(), "min_history_years", Backtest.MIN_HISTORY,
                "methods", methods, "best", r.best().name().toLowerCase(), "shipped", r.shipped().name().toLowerCase(),
                "naive_mae", r.of(th.ita.insight.analytics.trend.ForecastMethod.NAIVE).meanAbsoluteError(),
                "shipped_mae", r.of(r.shipped()).meanAbsoluteError());
    }

    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Double num(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    static double r2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    static double r4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}

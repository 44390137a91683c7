package th.ita.insight.analytics.analysis;

import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.methodology.FiscalYear;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything a planner's annual analysis needs about one agency and fiscal year. {@code total} is missing
 * (with {@code missingReason}) when not all indicators are present. {@code toolBelowPass} lists every tool
 * below the pass mark whatever the total; {@code passesWithToolBelowPass} flags a passing total with such a
 * tool (FY2568 practice denies the top label then).
 */
public record AgencyAnalysis(
        AgencyCode agencyCode,
        String nameTh,
        String agencyType,
        String province,
        boolean synthetic,
        FiscalYear fiscalYear,
        OptionalDouble total,
        Optional<String> rating,
        boolean ratingDerived,
        Optional<Boolean> passed,
        Optional<String> missingReason,
        ToolScores tools,
        Optional<Change> change,
        List<IndicatorResult> indicators,
        Map<IndicatorClass, List<Integer>> classification,
        List<WeakIndicator> weakIndicators,
        List<String> toolBelowPass,
        boolean passesWithToolBelowPass,
        Optional<Peer> peer) {}

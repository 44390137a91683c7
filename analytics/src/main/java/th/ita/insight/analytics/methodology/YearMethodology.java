package th.ita.insight.analytics.methodology;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that apply to one fiscal year: indicators, tool weights, bands and thresholds.
 * Built from the versioned resource files in {@code /methodology}, never from code branches.
 */
public record YearMethodology(
        FiscalYear fiscalYear,
        String version,
        double passMark,
        double weakThreshold,
        double targetPassShare,
        Map<Tool, Double> toolWeights,
        List<Indicator> indicators,
        List<RatingBand> bands,
        boolean weightsAssumed,
        boolean bandsAssumed,
        Optional<String> oitItemDictionary,
        String note) {

    public YearMethodology {
        toolWeights = Map.copyOf(new EnumMap<>(toolWeights));
        indicators = List.copyOf(indicators);
        bands = bands.stream().sorted(Comparator.comparingDouble(RatingBand::minScore).reversed()).toList();
        double sum = toolWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("tool weights of FY" + fiscalYear + " sum to " + sum + ", not 1");
        }
    }

    /** An indicator's weight in the total: its tool's weight split equally among the tool's indicators. */
    public double indicatorWeight(int indicator) {
        Indicator ind = indicator(indicator);
        long inTool = indicators.stream().filter(i -> i.tool() == ind.tool()).count();
        return toolWeights.get(ind.tool()) / inTool;
    }

    public Indicator indicator(int number) {
        return indicators.stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("FY" + fiscalYear + " has no indicator " + number));
    }

    public List<Indicator> indicatorsOf(Tool tool) {
        return indicators.stream().filter(i -> i.tool() == tool).toList();
    }

    /** The band a (2-decimal) total falls in. */
    public RatingBand bandOf(double total) {
        return bands.stream().filter(b -> total >= b.minScore()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no band for " + total));
    }

    public boolean passes(double total) {
        return total >= passMark;
    }
}

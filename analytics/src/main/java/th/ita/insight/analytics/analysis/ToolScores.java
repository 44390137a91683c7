package th.ita.insight.analytics.analysis;

import java.util.OptionalDouble;

/** The agency-year's tool scores (mean of the tool's indicators, 2 decimals). */
public record ToolScores(OptionalDouble iit, OptionalDouble eit, OptionalDouble oit) {}

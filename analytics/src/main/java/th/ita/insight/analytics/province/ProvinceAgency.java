package th.ita.insight.analytics.province;

import java.util.OptionalDouble;

/** One agency in its province's ranking for a fiscal year. */
public record ProvinceAgency(String agencyCode, String nameTh, String agencyType, String district, double total,
                             String rating, boolean passed, OptionalDouble change, int rankInProvince,
                             double percentileTypeNational, double zTypeNational, double percentileTypeProvince,
                             int indicatorsBelowThreshold, boolean fellThisYear, boolean synthetic) {}

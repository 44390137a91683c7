package th.ita.insight.analytics.province;

/** A province in a fiscal year against the nation and the other provinces (rank 1 = best). */
public record ProvinceStanding(String provinceCode, String nameTh, String nameEn, String region, int agencies, double mean,
                               double median, double passShare, int rankByMean, int rankByPassShare, int provinces,
                               double nationalMean, double nationalPassShare) {}

package th.ita.insight.analytics.province;

/** A province of the registry (77 including Bangkok). */
public record Province(String code, String nameTh, String nameEn, String region) {}

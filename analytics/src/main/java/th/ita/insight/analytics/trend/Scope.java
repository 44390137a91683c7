package th.ita.insight.analytics.trend;

/**
 * Which agencies a series or summary covers: the nation, a region, a province (by code), or an agency type.
 * {@link #sqlCondition()} filters rows of {@code v_agency a} with one bound parameter (none for the nation).
 */
public record Scope(Kind kind, String value) {

    public enum Kind { NATION, REGION, PROVINCE, AGENCY_TYPE }

    public static Scope nation() {
        return new Scope(Kind.NATION, "");
    }

    public static Scope province(String provinceCode) {
        return new Scope(Kind.PROVINCE, provinceCode);
    }

    public static Scope region(String region) {
        return new Scope(Kind.REGION, region);
    }

    public static Scope agencyType(String typeCode) {
        return new Scope(Kind.AGENCY_TYPE, typeCode);
    }

    public String sqlCondition() {
        return switch (kind) {
            case NATION -> "(? = '')";
            case REGION -> "a.region = ?";
            case PROVINCE -> "a.province_code = ?";
            case AGENCY_TYPE -> "a.agency_type = ?";
        };
    }
}

package th.ita.insight.analytics.analysis;

/**
 * An agency-year among its peers: rank in its province (1 = highest total), and percentile and z-score among
 * agencies of the same type, nationally and in the province (each with how many peers).
 */
public record Peer(int rankInProvince, int agenciesInProvince, double percentile, double z, int peersNational,
                   double percentileInProvince, double zInProvince, int peersInProvince) {}

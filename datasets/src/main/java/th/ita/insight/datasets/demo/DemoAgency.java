package th.ita.insight.datasets.demo;

/**
 * A synthetic local government of the demo registry. {@code quality} is its persistent latent level;
 * {@code serviceAreas} the satisfaction survey areas it reports every year.
 */
record DemoAgency(String code, String nameTh, String typeAbbr, String provinceCode, String provinceTh,
                  String district, double quality, double[] indicatorBias, int[] serviceAreas) {}

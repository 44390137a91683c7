package th.ita.insight.datasets.demo;

import java.nio.file.Path;

/** The files of a generated national demo dataset (synthetic; every row says so). */
public record DemoDataset(Path scoresCsv, Path satisfactionCsv, int agencies, int agencyYears) {}

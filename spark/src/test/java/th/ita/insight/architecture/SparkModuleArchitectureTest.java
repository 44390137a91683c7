package th.ita.insight.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * docs/architecture.md, decision 1: Spark lives in the module spark only, nothing depends on that module, and the
 * job reaches ingest only through its loaders, sources and console report. (The dashboard module's
 * ArchitectureTest holds the other module rules; this one lives here because only this module's test classpath
 * sees Spark.)
 */
class SparkModuleArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.ita.insight");
    }

    @Test
    void nothingDependsOnTheSparkModule() {
        noClasses().that().resideOutsideOfPackage("th.ita.insight.spark..")
                .should().dependOnClassesThat().resideInAPackage("th.ita.insight.spark..")
                .check(classes);
    }

    @Test
    void sparkIsUsedOnlyInTheSparkModule() {
        noClasses().that().resideOutsideOfPackage("th.ita.insight.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(classes);
    }

    @Test
    void theJobUsesIngestOnlyThroughLoadersSourcesAndTheConsoleReport() {
        noClasses().that().resideInAPackage("th.ita.insight.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("th.ita.insight.ingest.demo..", "th.ita.insight.ingest.analyze..",
                        "th.ita.insight.dashboard..", "th.ita.insight.reports..")
                .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("ingest.cli other than LoadReport",
                        c -> c.getPackageName().equals("th.ita.insight.ingest.cli") && !c.getSimpleName().equals("LoadReport")))
                .check(classes);
    }
}

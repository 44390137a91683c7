package th.ita.insight.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module and package rules of docs/architecture.md: dashboard → analytics ← ingest, datasets only on
 * analytics, the dashboard's upload the only user of ingest's embedded loaders, Spark never near the dashboard, no SQL
 * in the dashboard, no cycles between feature packages.
 * It lives here because the dashboard's test classpath sees every module.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.ita.insight");
    }

    @Test
    void analyticsDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("th.ita.insight.analytics..")
                .should().dependOnClassesThat().resideInAnyPackage("th.ita.insight.ingest..", "th.ita.insight.dashboard..",
                        "th.ita.insight.datasets..", "th.ita.insight.reports..")
                .check(classes);
    }

    @Test
    void reportsDependOnlyOnAnalytics() {
        // documents are built from the analytics API: the CLI (ingest) and the dashboard both use them
        noClasses().that().resideInAPackage("th.ita.insight.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("th.ita.insight.ingest..", "th.ita.insight.dashboard..",
                        "th.ita.insight.datasets..", "java.sql..", "org.duckdb..")
                .check(classes);
    }

    @Test
    void datasetsDependOnlyOnAnalytics() {
        noClasses().that().resideInAPackage("th.ita.insight.datasets..")
                .should().dependOnClassesThat().resideInAnyPackage("th.ita.insight.ingest..", "th.ita.insight.dashboard..")
                .check(classes);
    }

    @Test
    void ingestNeverDependsOnTheDashboard() {
        noClasses().that().resideInAPackage("th.ita.insight.ingest..")
                .should().dependOnClassesThat().resideInAPackage("th.ita.insight.dashboard..")
                .check(classes);
    }

    @Test
    void dashboardUsesAnalyticsAndOnlyTheEmbeddedLoaders() {
        // the upload goes through ingest's embedded DuckDB loaders; never its command line, demo builder or Spark
        noClasses().that().resideInAPackage("th.ita.insight.dashboard..")
                .should().dependOnClassesThat().resideInAnyPackage("th.ita.insight.ingest.cli..", "th.ita.insight.ingest.demo..",
                        "th.ita.insight.ingest.analyze..", "th.ita.insight.datasets..", "org.apache.spark..")
                .check(classes);
    }

    @Test
    void onlyTheDataFeatureUploads() {
        noClasses().that().resideInAPackage("th.ita.insight.dashboard..").and().resideOutsideOfPackage("th.ita.insight.dashboard.data..")
                .should().dependOnClassesThat().resideInAPackage("th.ita.insight.ingest..")
                .check(classes);
    }

    @Test
    void dashboardAsksTheAnalyticsApiAndWritesNoSql() {
        noClasses().that().resideInAPackage("th.ita.insight.dashboard..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("th.ita.insight.(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}

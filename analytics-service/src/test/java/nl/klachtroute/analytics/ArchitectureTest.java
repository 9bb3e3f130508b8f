package nl.klachtroute.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model packages are plain Java; adapters depend on the model, never on each other. */
@AnalyzeClasses(packages = "nl.klachtroute.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] MODEL = { "nl.klachtroute.analytics.facts", "nl.klachtroute.analytics.summary",
            "nl.klachtroute.analytics.kpi", "nl.klachtroute.analytics.report",
            "nl.klachtroute.analytics.signal", "nl.klachtroute.analytics.cube", "nl.klachtroute.analytics.feedback" };

    @ArchTest
    static final ArchRule modelImportsNoSpringNoPersistenceNoKafka = noClasses().that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..", "jakarta.persistence..", "tools.jackson..", "com.fasterxml.jackson..")
            .because("the domain model is plain Java (STYLE.md convention 2)");

    @ArchTest
    static final ArchRule modelDoesNotKnowItsAdapters = noClasses().that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..", "..persistence..", "..config..");

    @ArchTest
    static final ArchRule webDoesNotCallMessaging = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..messaging..");

    @ArchTest
    static final ArchRule messagingDoesNotCallWeb = noClasses().that().resideInAPackage("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("..web..");
}

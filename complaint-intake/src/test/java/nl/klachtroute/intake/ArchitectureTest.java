package nl.klachtroute.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the service: a plain-Java domain model, adapters around it that do not call each other. */
@AnalyzeClasses(packages = "nl.klachtroute.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "nl.klachtroute.intake.complaint";

    @ArchTest
    static final ArchRule theDomainModelImportsNoSpringAndNoPersistence = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "jakarta.persistence..", "jakarta.servlet..", "org.apache.kafka..", "tools.jackson..",
                    "com.fasterxml.jackson..")
            .because("the complaint model is plain Java (STYLE.md 2)");

    @ArchTest
    static final ArchRule theDomainModelDoesNotKnowItsAdapters = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(MODEL + ".web..", MODEL + ".messaging..",
                    MODEL + ".persistence..", MODEL + ".application..");

    @ArchTest
    static final ArchRule webDoesNotCallMessaging = noClasses()
            .that().resideInAPackage(MODEL + ".web..")
            .should().dependOnClassesThat().resideInAnyPackage(MODEL + ".messaging..", MODEL + ".persistence..");

    @ArchTest
    static final ArchRule messagingDoesNotCallWeb = noClasses()
            .that().resideInAPackage(MODEL + ".messaging..")
            .should().dependOnClassesThat().resideInAnyPackage(MODEL + ".web..", MODEL + ".persistence..");

    @ArchTest
    static final ArchRule onlyTheOutboxRelayTalksToKafka = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("events leave through the outbox (ARCHITECTURE.md, Reliability)");
}

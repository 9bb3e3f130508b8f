package nl.klachtroute.findings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.klachtroute.findings", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The report model and the trail's hash chain are plain Java: no Spring, no store, no adapters. */
    @ArchTest
    static final ArchRule modelsImportNoFrameworkAndNoAdapters = noClasses()
            .that().resideInAnyPackage("nl.klachtroute.findings.report", "nl.klachtroute.findings.audit")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                    "com.mongodb..", "jakarta.persistence..", "jakarta.servlet..", "org.apache.kafka..",
                    "tools.jackson..", "..web..", "..messaging..", "..persistence..", "..application..");

    @ArchTest
    static final ArchRule webDoesNotCallMessaging = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..messaging..");

    @ArchTest
    static final ArchRule messagingDoesNotCallWeb = noClasses().that().resideInAPackage("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    /** Only the stores know Mongo; the use cases talk to them, not to the driver. */
    @ArchTest
    static final ArchRule onlyPersistenceTalksToMongo = noClasses().that().resideOutsideOfPackage("..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..",
                    "org.bson..");

    /** Only the outbox relay (in support) talks to Kafka; this service's code never does. */
    @ArchTest
    static final ArchRule noKafkaClientsInTheService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");
}

package nl.klachtroute.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.klachtroute.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] MODEL = { "nl.klachtroute.notification.task", "nl.klachtroute.notification.message",
            "nl.klachtroute.notification.complaint", "nl.klachtroute.notification.letter",
            "nl.klachtroute.notification.deadletter", "nl.klachtroute.notification.feedback" };

    @ArchTest
    static final ArchRule theModelImportsNoSpringAndNoPersistence = noClasses()
            .that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "jakarta.persistence..", "jakarta.mail..", "tools.jackson..", "org.apache.kafka..")
            .because("the domain model is plain Java (STYLE.md, convention 2)");

    @ArchTest
    static final ArchRule theModelDoesNotKnowItsAdapters = noClasses()
            .that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("..notification..web..", "..notification..messaging..",
                    "..notification..persistence..", "..notification..mail..", "..notification..application..");

    @ArchTest
    static final ArchRule webDoesNotCallMessaging = noClasses()
            .that().resideInAPackage("..notification..web..")
            .should().dependOnClassesThat().resideInAPackage("..notification..messaging..");

    @ArchTest
    static final ArchRule messagingDoesNotCallWeb = noClasses()
            .that().resideInAPackage("..notification..messaging..")
            .should().dependOnClassesThat().resideInAPackage("..notification..web..");

    @ArchTest
    static final ArchRule onlyPersistenceTalksToMongo = noClasses()
            .that().resideOutsideOfPackage("..notification..persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.data.mongodb..");

    @ArchTest
    static final ArchRule onlyTheMailAdapterTalksSmtp = noClasses()
            .that().resideOutsideOfPackage("..notification..mail..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "jakarta.mail..");
}
